package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.LargeReports;
import org.junit.jupiter.api.Test;

/** A long timeline: the table header on every page it spans, every event whole, the page count exact. */
class PdfLargeReportTest {
    private static final int EVENTS = 600;
    private static final Report REPORT = LargeReports.withEvents(EVENTS);
    private static final ExportTesting.Exported EXPORTED = ExportTesting.pdf(REPORT);
    private static final PdfFile PDF = EXPORTED.pdf();

    @Test
    void everyEventIsInTheTextWhole() {
        // Compared without white space: a wrapped line may break inside "db-primary".
        String text = PDF.text().replaceAll("\\s", "");
        for (TimelineEntry entry : REPORT.timeline()) {
            String event = PdfInline.plainText(Markdown.parseInline(entry.text())).replaceAll("\\s", "");
            assertThat(text.contains(event)).as(entry.text()).isTrue();
        }
    }

    @Test
    void theHeaderRowRepeatsOnEveryTimelinePage() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < PDF.pages.size(); i++) {
            if (PDF.pages.get(i).contains("Event ")) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        assertThat(last - first).as("the timeline spans many pages").isGreaterThan(10);
        for (int i = first; i <= last; i++) {
            assertThat(PDF.pages.get(i)).as("page " + (i + 1)).contains("When Kind Event");
        }
    }

    @Test
    void pagesAreCountedAndNumbered() {
        int pages = PDF.pages.size();
        assertThat(EXPORTED.result().pages()).isEqualTo(pages);
        assertThat(PDF.pages.get(pages - 1)).contains("Page " + pages + " of " + pages);
    }
}
