package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline chart in the PDF: on page 1 below "At a glance", drawn as vectors with its words as text. */
class PdfTimelineChartTest {
    @Test
    void theExamplesChartIsOnPageOneBelowAtAGlanceAsAVectorFormWithItsLabels() {
        ExportTesting.Exported exported = ExportTesting.pdf(ExportTesting.report(Fixtures.EXAMPLE));
        String first = exported.pdf().pages.get(0);
        assertThat(first).contains("At a glance", "Timeline at a glance", "Detected 11:00", "Responded 11:05",
                "Mitigated 12:30", "Resolved 13:00", "Time to mitigate 1 h 30 min", "Mon 10 Jun 2024", "Times in UTC");
        assertThat(first.indexOf("Timeline at a glance")).isGreaterThan(first.indexOf("At a glance"));
        for (EntryKind kind : List.of(EntryKind.DETECTION, EntryKind.MISLEADING, EntryKind.RESOLUTION)) {
            assertThat(first).contains(kind.label());
        }
        PdfImages drawn = PdfImages.of(exported.bytes());
        assertThat(drawn.formPages).as("the chart is a form (vectors) drawn on page 1").contains(1);
        assertThat(drawn.images).as("no bitmap anywhere: the example has no pictures").isEmpty();
    }

    @Test
    void aMultiDayReportMarksItsDaysInItsZone() {
        ExportTesting.Exported exported = ExportTesting.pdf(ExportTesting.report("multi-day.postmortem.json"));
        assertThat(exported.pdf().pages.get(0)).contains("Timeline at a glance", "Sat 2 Nov", "Sun 3 Nov",
                "Detected 1 Nov 18:05", "Times in America/New_York");
    }

    @Test
    void aReportWithoutTimesHasNoChartAndAReportWithOnlyAnOutageHasOne() {
        Report blank = Report.blank().withTitle("Nothing timed")
                .withTimeline(List.of(new TimelineEntry(null, EntryKind.NOTE, "later")));
        assertThat(ExportTesting.pdf(blank).pdf().pages.get(0)).doesNotContain("Timeline at a glance");
        Report outage = blank.withSummary(Summary.EMPTY.withStartedAt(java.time.Instant.parse("2024-06-10T11:00:00Z")));
        assertThat(ExportTesting.pdf(outage).pdf().pages.get(0)).contains("Timeline at a glance",
                "Started 11:00", "1 event without a time is not shown");
    }
}
