package dev.hindsight.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The derived figures of a report, exactly as the format defines them: never stored, empty
 * when a value they need is missing, computed from the earliest or latest entry by time.
 */
public record ReportMetrics(Optional<Duration> duration, Optional<Duration> timeToDetect,
                            Optional<Duration> timeToRespond, Optional<Duration> timeToMitigate,
                            Optional<Duration> timeToResolve) {

    public static ReportMetrics of(Report report) {
        Summary s = report.summary();
        List<TimelineEntry> timeline = report.timeline();
        Optional<Instant> start = Optional.ofNullable(s.startedAt());
        Optional<Instant> end = Optional.ofNullable(s.endedAt());
        Optional<Instant> firstDetection = pick(timeline, EntryKind.DETECTION, BinaryOperator.minBy(Comparator.naturalOrder()));
        Optional<Instant> firstResponse = pick(timeline, EntryKind.RESPONSE, BinaryOperator.minBy(Comparator.naturalOrder()));
        Optional<Instant> lastMitigation = pick(timeline, EntryKind.MITIGATION, BinaryOperator.maxBy(Comparator.naturalOrder()));
        Optional<Instant> firstResolution = pick(timeline, EntryKind.RESOLUTION, BinaryOperator.minBy(Comparator.naturalOrder()));
        Optional<Instant> resolvedAt = end.isPresent() ? end : firstResolution;
        return new ReportMetrics(between(start, end), between(start, firstDetection),
                between(firstDetection, firstResponse), between(start, lastMitigation),
                between(start, resolvedAt));
    }

    private static Optional<Instant> pick(List<TimelineEntry> timeline, EntryKind kind, BinaryOperator<Instant> choose) {
        return timeline.stream()
                .filter(e -> kind.equals(e.kind()))
                .map(TimelineEntry::at)
                .filter(Objects::nonNull)
                .reduce(choose);
    }

    private static Optional<Duration> between(Optional<Instant> from, Optional<Instant> to) {
        return from.flatMap(f -> to.map(t -> Duration.between(f, t)));
    }
}
