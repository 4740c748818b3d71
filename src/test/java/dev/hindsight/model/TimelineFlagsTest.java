package dev.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one implementation of the timeline's flags (out of order, outside the window), for the table and the check. */
class TimelineFlagsTest {
    private static final Instant T = Instant.parse("2024-06-10T11:00:00Z");

    @Test
    void rowsWithoutATimeNeitherAreFlaggedNorBreakTheOrder() {
        Report r = Report.blank().withSummary(Summary.EMPTY.withStartedAt(T).withEndedAt(T.plusSeconds(3600)))
                .withTimeline(List.of(new TimelineEntry(T.plusSeconds(600), EntryKind.NOTE, "a"),
                        new TimelineEntry(null, EntryKind.NOTE, "b"),
                        new TimelineEntry(T.plusSeconds(300), EntryKind.NOTE, "c"),
                        new TimelineEntry(T.minusSeconds(60), EntryKind.NOTE, "d"),
                        new TimelineEntry(T.plusSeconds(7200), EntryKind.NOTE, "e")));
        List<TimelineFlags.Row> f = TimelineFlags.of(r);
        assertThat(f).extracting(TimelineFlags.Row::outOfOrder).containsExactly(false, false, true, true, false);
        assertThat(f.get(2).previous()).isEqualTo(T.plusSeconds(600));
        assertThat(f).extracting(TimelineFlags.Row::beforeStart).containsExactly(false, false, false, true, false);
        assertThat(f).extracting(TimelineFlags.Row::afterEnd).containsExactly(false, false, false, false, true);
    }

    /** Against the definition, on generated timelines: earlier than the nearest timed row above; outside [start, end]. */
    @Test
    void generatedTimelinesAgreeWithTheDefinition() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            List<TimelineEntry> events = new ArrayList<>();
            for (int i = 0; i < random.nextInt(12); i++) {
                Instant at = random.nextInt(4) == 0 ? null : T.plusSeconds(60L * (random.nextInt(40) - 10));
                events.add(new TimelineEntry(at, EntryKind.NOTE, ""));
            }
            Instant start = random.nextBoolean() ? T : null;
            Instant end = random.nextBoolean() ? T.plusSeconds(1200) : null;
            Report r = Report.blank().withSummary(Summary.EMPTY.withStartedAt(start).withEndedAt(end)).withTimeline(events);
            List<TimelineFlags.Row> flags = TimelineFlags.of(r);
            for (int i = 0; i < events.size(); i++) {
                Instant at = events.get(i).at();
                Instant previous = null;
                for (int j = i - 1; j >= 0 && previous == null; j--) {
                    previous = events.get(j).at();
                }
                boolean outOfOrder = at != null && previous != null && at.isBefore(previous);
                boolean outside = at != null && (start != null && at.isBefore(start) || end != null && at.isAfter(end));
                assertThat(flags.get(i).outOfOrder()).isEqualTo(outOfOrder);
                assertThat(flags.get(i).outsideWindow()).isEqualTo(outside);
            }
        }
    }
}
