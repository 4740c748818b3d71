package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An end typed before the start, or a response logged before the detection: no export shows a negative duration. */
class NegativeDurationTest {
    private static final Pattern NEGATIVE = Pattern.compile("[\u2212-]\\s*\\d+\\s*(d|h|min|s)\\b");
    private static final List<EntryKind> TIMED = List.of(EntryKind.DETECTION, EntryKind.RESPONSE,
            EntryKind.MITIGATION, EntryKind.RESOLUTION, EntryKind.NOTE);

    @Test
    void anEndBeforeTheStartIsSaidInWordsOnPageOneAndInTheMarkdown() {
        Instant start = Instant.parse("2024-06-10T13:00:00Z");
        Report report = Report.blank().withSummary(Summary.EMPTY.withStartedAt(start)
                .withEndedAt(start.minus(Duration.ofHours(2))));
        assertThat(report.summary().windowIsReversed()).isTrue();
        String page1 = PdfFile.flat(ExportTesting.pdf(report).pdf().pages.get(0));
        assertThat(page1).contains("Duration end is before start").doesNotContain("\u2212");
        assertThat(ExportTesting.markdown(report).markdown()).contains("- **Duration:** end is before start");
    }

    @Test
    void generatedWindowsAndTimelinesNeverGiveANegativeDuration() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            Instant start = Instant.parse("2024-06-10T12:00:00Z");
            Instant end = start.plus(Duration.ofMinutes(random.nextInt(600) - 300));
            List<TimelineEntry> timeline = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                timeline.add(new TimelineEntry(start.plus(Duration.ofMinutes(random.nextInt(600) - 300)),
                        TIMED.get(random.nextInt(TIMED.size())), "event " + i));
            }
            Report report = Report.blank().withTimeline(timeline).withSummary(Summary.EMPTY
                    .withStartedAt(random.nextInt(8) == 0 ? null : start).withEndedAt(random.nextInt(8) == 0 ? null : end));
            String md = ExportTesting.markdown(report).markdown();
            String summary = md.substring(md.indexOf("## Issue Summary"), md.indexOf("## Timeline"));
            assertThat(summary).as("round %d", round).doesNotContainPattern(NEGATIVE);
            assertThat(PdfFile.flat(ExportTesting.pdf(report).pdf().pages.get(0))).as("round %d", round)
                    .doesNotContainPattern(NEGATIVE);
            if (report.summary().windowIsReversed()) {
                assertThat(summary).contains("end is before start");
            }
        }
    }
}
