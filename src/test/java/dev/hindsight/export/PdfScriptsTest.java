package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import org.junit.jupiter.api.Test;

/** The multilingual fixture: every script reaches the PDF's text, right-to-left text reads in order, gaps are reported. */
class PdfScriptsTest {
    private static final Report REPORT = ExportTesting.report(ExportTesting.MULTILINGUAL);
    private static final ExportTesting.Exported EXPORTED = ExportTesting.pdf(REPORT);
    private static final PdfFile PDF = EXPORTED.pdf();

    @Test
    void latinGreekCyrillicAndCjkReachTheText() {
        assertThat(PDF.flatText()).contains(
                "Πτώση υπηρεσίας — 服务中断",
                "Σοφία Παπαδοπούλου, 李明",
                "Η παρακολούθηση εντόπισε σφάλματα 502",
                "当番エンジニアが対応を開始しました",
                "新证书已部署到负载均衡器",
                "Все сервисы восстановлены",
                "Срок действия TLS-сертификата истёк",
                "한국어 설명도 있습니다",
                "証明書の期限監視を追加",
                "Конфиденциально");
    }

    @Test
    void hebrewAndArabicReadInLogicalOrder() {
        // PDFBox returns right-to-left text in reading order when the glyphs are placed right to left.
        assertThat(PDF.flatText()).contains(
                "חשדנו בבעיית DNS, אבל זה לא היה נכון",
                "שורש הבעיה: החידוש האוטומטי כבוי.",
                "משתמשים בישראל קיבלו שגיאה 502.",
                "הפעלת חידוש אוטומטי",
                "דוד כהן",
                "تبين أن شهادة TLS منتهية الصلاحية منذ منتصف الليل",
                "السبب الجذري: تم تعطيل التجديد التلقائي للشهادة.",
                "تفعيل التجديد التلقائي في جميع البيئات.");
    }

    @Test
    void theFallbackFontsAreEmbeddedOnlyWhenUsed() {
        assertThat(PDF.fonts).anySatisfy(f -> assertThat(f).contains("DroidSansFallback"))
                .anySatisfy(f -> assertThat(f).contains("NanumSquare"))
                .anySatisfy(f -> assertThat(f).contains("DejaVuSans"));
        assertThat(PDF.fontsEmbedded).containsOnly(true);
        assertThat(new PdfFile(ExportTesting.pdf(ExportTesting.report(dev.hindsight.testing.Fixtures.EXAMPLE)).bytes()).fonts)
                .noneSatisfy(f -> assertThat(f).contains("DroidSansFallback"));
    }

    @Test
    void emojiDejaVuHasAreDrawnAndTheOthersAreReportedWithTheirPlace() {
        assertThat(PDF.flatText()).contains("Пользователи в России не получали уведомления. \uD83D\uDE1E");
        assertThat(EXPORTED.result().missing()).extracting(MissingCharacter::toString).containsExactly(
                "U+1F6A8 \"\uD83D\uDEA8\" in timeline[0].text",
                "U+2705 \"\u2705\" in timeline[4].text",
                "U+1F389 \"\uD83C\uDF89\" in timeline[5].text",
                "U+1F4DA \"\uD83D\uDCDA\" in measures.actionItems[2].title",
                "U+1F64F \"\uD83D\uDE4F\" in closingRemarks");
        assertThat(PDF.flatText()).contains("σφάλματα 502 \uFFFD", "Все сервисы восстановлены \uFFFD");
        assertThat(EXPORTED.result().describeMissing()).startsWith("5 characters could not be shown")
                .contains("U+1F6A8 \"\uD83D\uDEA8\" in timeline[0].text");
    }

    @Test
    void theWindowIsInTokyoTimeAndInUtc() {
        assertThat(PDF.flatText()).contains("2 Mar 2025 08:30–11:15 Asia/Tokyo (UTC+09:00)",
                "1 Mar 2025 23:30–2 Mar 2025 02:15 UTC", "37.5 %", "2 h 45 min");
    }
}
