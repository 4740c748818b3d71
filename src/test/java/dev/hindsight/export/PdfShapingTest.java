package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Scripts that need shaping (Devanagari, Thai), emoji, and the scripts OpenPDF shapes itself
 * (Arabic, Hebrew) once the layout processor is on: every character reaches the PDF's text, in
 * the order it was typed, and nothing that belongs to a character before it is reported missing.
 */
class PdfShapingTest {
    private static final String[][] SCRIPTS = {
        {"हिन्दी", "किताब", "क्षत्रिय", "श्री", "द्वार", "सर्वर", "बंद", "हुआ", "डेटाबेस", "त्रुटि", "।"},
        {"ภาษาไทย", "สวัสดี", "น้ำ", "เซิร์ฟเวอร์", "ล่ม", "ฐานข้อมูล", "ผิดพลาด", "กู้คืน"},
        {"शुक्रवार", "ไทย", "फ़ाइल", "ครับ"},
        {"🚨", "✅", "🎉", "📚", "🙏", "👍🏽", "☀️", "❤️", "🔥", "💻", "🚀", "⚠️"},
        {"服务中断", "証明書", "한국어", "설명", "데이터베이스"},
        {"café", "e\u0301té", "nai\u0308ve", "Ω\u0301"},
    };
    private static final String[][] RIGHT_TO_LEFT = {
        {"שלום", "עולם", "השרת", "נפל", "שורש", "הבעיה"},
        {"مرحبا", "بالعالم", "الخادم", "توقف", "السبب", "الجذري"},
    };

    @Test
    void generatedParagraphsInEveryScriptReadBackInOrder() {
        Random random = new Random(27);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[][] family = i % 4 == 3 ? RIGHT_TO_LEFT : SCRIPTS;
            String[] words = family[random.nextInt(family.length)];
            StringBuilder p = new StringBuilder();
            for (int w = 2 + random.nextInt(10); w > 0; w--) {
                p.append(p.length() == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            paragraphs.add(p.toString());
        }
        ExportTesting.Exported exported = ExportTesting.pdf(Report.blank().withRootCause(String.join("\n\n", paragraphs))
                .withTitle(paragraphs.get(0)));
        assertThat(exported.result().missing()).isEmpty();
        String text = comparable(exported.pdf().text());
        for (String paragraph : paragraphs) {
            assertThat(text).contains(comparable(paragraph));
        }
    }

    @Test
    void theIssuesHindiReadsAsTyped() {
        PdfFile pdf = ExportTesting.pdf(Report.blank().withTitle("हिन्दी किताब").withRootCause("हिन्दी किताब")).pdf();
        assertThat(pdf.flatText()).contains("हिन्दी किताब").doesNotContain("कहनदी");
        assertThat(pdf.fonts).anySatisfy(f -> assertThat(f).contains("NotoSansDevanagari"));
    }

    @Test
    void joinersSelectorsAndCombiningMarksAreNeverReportedMissing() {
        String text = "👩\u200D💻 ☀\uFE0F a\uFE0F x\u200Dy 中\u0301 q\u1AB0 ก\u0E48 👍\uD83C\uDFFD क\u094D\u200Dष";
        ExportTesting.Exported exported = ExportTesting.pdf(Report.blank().withRootCause(text));
        assertThat(exported.result().missing()).isEmpty();
        assertThat(comparable(exported.pdf().text())).contains("👩💻☀️", "中́", "👍\uD83C\uDFFD");
    }

    /**
     * The text as compared: white space and the marks OpenPDF drops from lines (joiners, bidi
     * controls) taken out, composed (PDFBox composes é), Arabic presentation forms back to letters.
     */
    private static String comparable(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normal.replaceAll("[\\s\u200B-\u200F\u202A-\u202E]", "");
    }
}
