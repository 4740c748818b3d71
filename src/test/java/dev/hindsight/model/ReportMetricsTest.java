package dev.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportMetricsTest {
    private static final Instant START = Instant.parse("2024-06-10T11:00:00Z");

    private static Instant at(String time) {
        return Instant.parse("2024-06-10T" + time + ":00Z");
    }

    private static TimelineEntry entry(String time, EntryKind kind) {
        return new TimelineEntry(time == null ? null : at(time), kind, "");
    }

    private static Report report(Instant start, Instant end, TimelineEntry... entries) {
        Report r = Report.blank();
        return r.withSummary(r.summary().withStartedAt(start).withEndedAt(end)).withTimeline(List.of(entries));
    }

    @Test
    void allFiguresFromTheFormatDefinitions() {
        ReportMetrics m = ReportMetrics.of(report(START, at("13:00"),
                entry("11:00", EntryKind.DETECTION),
                entry("11:05", EntryKind.RESPONSE),
                entry("11:45", EntryKind.MITIGATION),
                entry("12:30", EntryKind.MITIGATION),
                entry("13:00", EntryKind.RESOLUTION)));
        assertThat(m.duration()).contains(Duration.ofHours(2));
        assertThat(m.timeToDetect()).contains(Duration.ZERO);
        assertThat(m.timeToRespond()).contains(Duration.ofMinutes(5));
        assertThat(m.timeToMitigate()).contains(Duration.ofMinutes(90));
        assertThat(m.timeToResolve()).contains(Duration.ofHours(2));
    }

    @Test
    void earliestAndLatestAreByTimeNotByPosition() {
        ReportMetrics m = ReportMetrics.of(report(START, null,
                entry("12:30", EntryKind.MITIGATION),
                entry("11:20", EntryKind.DETECTION),
                entry("11:10", EntryKind.DETECTION),
                entry("11:45", EntryKind.MITIGATION),
                entry("11:30", EntryKind.RESPONSE),
                entry("11:15", EntryKind.RESPONSE)));
        assertThat(m.timeToDetect()).contains(Duration.ofMinutes(10));
        assertThat(m.timeToRespond()).contains(Duration.ofMinutes(5));
        assertThat(m.timeToMitigate()).contains(Duration.ofMinutes(90));
    }

    @Test
    void timeToResolveFallsBackToEarliestResolutionWhenTheEndIsOpen() {
        ReportMetrics m = ReportMetrics.of(report(START, null,
                entry("14:00", EntryKind.RESOLUTION), entry("13:30", EntryKind.RESOLUTION)));
        assertThat(m.duration()).isEmpty();
        assertThat(m.timeToResolve()).contains(Duration.ofMinutes(150));
    }

    @Test
    void missingValuesLeaveFiguresEmpty() {
        ReportMetrics m = ReportMetrics.of(report(null, at("13:00"),
                entry("11:00", EntryKind.DETECTION), entry(null, EntryKind.RESPONSE)));
        assertThat(m.duration()).isEmpty();
        assertThat(m.timeToDetect()).isEmpty();
        assertThat(m.timeToRespond()).as("the only response has no time").isEmpty();
        assertThat(m.timeToMitigate()).isEmpty();
        assertThat(m.timeToResolve()).isEmpty();
    }

    @Test
    void entriesWithoutTimeOrWithUnknownKindCountForNothing() {
        ReportMetrics m = ReportMetrics.of(report(START, null,
                entry(null, EntryKind.DETECTION),
                new TimelineEntry(at("11:01"), new EntryKind("Detection"), ""),
                entry("11:30", EntryKind.DETECTION)));
        assertThat(m.timeToDetect()).isEqualTo(Optional.of(Duration.ofMinutes(30)));
    }

    @Test
    void actionCountsListKnownStatusesThenUnknownOnes() {
        ActionItem open = ActionItem.blank();
        ActionCounts counts = ActionCounts.of(List.of(open, open, open.withStatus(ActionStatus.DONE),
                open.withStatus(new ActionStatus("blocked"))));
        assertThat(counts.count(ActionStatus.OPEN)).isEqualTo(2);
        assertThat(counts.count(ActionStatus.IN_PROGRESS)).isZero();
        assertThat(counts.count(ActionStatus.DONE)).isEqualTo(1);
        assertThat(counts.count(new ActionStatus("blocked"))).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.byStatus().keySet()).containsExactly(ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
                ActionStatus.DONE, ActionStatus.WONT_DO, new ActionStatus("blocked"));
    }

    @Test
    void aWindowIsReversedOnlyWhenBothEndsAreKnownAndTheEndComesFirst() {
        Summary s = Report.blank().summary();
        assertThat(s.withStartedAt(START).withEndedAt(at("09:00")).windowIsReversed()).isTrue();
        assertThat(s.withStartedAt(START).withEndedAt(START).windowIsReversed()).isFalse();
        assertThat(s.withStartedAt(START).withEndedAt(at("13:00")).windowIsReversed()).isFalse();
        assertThat(s.withStartedAt(START).windowIsReversed()).isFalse();
        assertThat(s.withEndedAt(START).windowIsReversed()).isFalse();
    }
}
