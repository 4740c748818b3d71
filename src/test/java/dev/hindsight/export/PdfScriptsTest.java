package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    void emojiAreDrawnInMonochromeFromDejaVuOrSymbolaAndNoneIsMissing() {
        assertThat(PDF.flatText()).contains("Пользователи в России не получали уведомления. \uD83D\uDE1E",
                "\uD83D\uDEA8", "\u2705", "\uD83C\uDF89", "\uD83D\uDCDA", "\uD83D\uDE4F");
        assertThat(EXPORTED.result().missing()).isEmpty();
        assertThat(PDF.fonts).anySatisfy(f -> assertThat(f).contains("Symbola"));
    }

    @Test
    void aCharacterNoFontHasIsReportedWithItsPlace() {
        Report report = Report.blank().withRootCause("Linear B \uD800\uDC00 and Cuneiform \uD808\uDC00.");
        ExportTesting.Exported exported = ExportTesting.pdf(report);
        assertThat(exported.result().missing()).extracting(MissingCharacter::toString).containsExactly(
                "U+10000 \"\uD800\uDC00\" in rootCause", "U+12000 \"\uD808\uDC00\" in rootCause");
        assertThat(exported.result().describeMissing()).startsWith("2 characters could not be shown");
        assertThat(exported.pdf().flatText()).contains("Linear B \uFFFD and Cuneiform \uFFFD.");
    }

    /** What the timeline's and the action items' rows miss is reported in the document's order, under the cap of 500. */
    @Test
    void charactersMissingInTheTimelineAreReportedInTheDocumentsOrderUpToTheCap() {
        for (int events : new int[] {3, 150, 700}) {
            List<TimelineEntry> timeline = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                timeline.add(new TimelineEntry(Instant.parse("2025-03-01T10:00:00Z").plusSeconds(60L * i),
                        EntryKind.KNOWN.get(i % EntryKind.KNOWN.size()), "Step " + i + " **Linear B** \uD800\uDC00, see [runbook](https://example.com/" + i + ")"));
            }
            ActionItem item = ActionItem.blank().withTitle("Linear B \uD800\uDC02").withPriority(Priority.P3)
                    .withDetails("- Linear B \uD800\uDC03, see [runbook](https://example.com/a)");
            Report report = Report.blank().withTitle("Cuneiform \uD808\uDC00").withTimeline(timeline)
                    .withRootCause("Linear B \uD800\uDC01.")
                    .withMeasures(new Measures("", List.of(item, item), Extras.NONE));
            ExportTesting.Exported exported = ExportTesting.pdf(report);
            List<String> expected = new ArrayList<>();
            expected.add("U+12000 \"\uD808\uDC00\" in title");
            for (int i = 0; i < events && expected.size() < 500; i++) {
                expected.add("U+10000 \"\uD800\uDC00\" in timeline[" + i + "].text");
            }
            expected.add("U+10001 \"\uD800\uDC01\" in rootCause");
            for (int i = 0; i < 2; i++) {
                expected.add("U+10002 \"\uD800\uDC02\" in measures.actionItems[" + i + "].title");
                expected.add("U+10003 \"\uD800\uDC03\" in measures.actionItems[" + i + "].details");
            }
            expected = expected.subList(0, Math.min(500, expected.size()));
            assertThat(exported.result().missing()).extracting(MissingCharacter::toString).as("%d events", events)
                    .containsExactlyElementsOf(expected);
            assertThat(exported.pdf().flatText()).contains("Step " + (events - 1) + " Linear B \uFFFD, see runbook");
        }
    }

    @Test
    void theWindowIsInTokyoTimeAndInUtc() {
        assertThat(PDF.flatText()).contains("2 Mar 2025 08:30–11:15 Asia/Tokyo (UTC+09:00)",
                "1 Mar 2025 23:30–2 Mar 2025 02:15 UTC", "37.5 %", "2 h 45 min");
    }
}
