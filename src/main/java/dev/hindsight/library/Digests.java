package dev.hindsight.library;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Classification;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportMetrics;
import dev.hindsight.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Makes the {@link ReportDigest} of a report read from its file. */
public final class Digests {
    private Digests() {
    }

    public static ReportDigest of(Report report) {
        ReportMetrics metrics = ReportMetrics.of(report);
        Classification c = report.classification();
        List<ActionDigest> actions = new ArrayList<>();
        List<ActionItem> items = report.measures().actionItems();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            actions.add(new ActionDigest(i, item.title(), item.owner(), item.due(), item.priority(), item.status()));
        }
        return new ReportDigest(report.title(), report.incidentId(), report.severity(), report.status(),
                date(report), seconds(metrics.duration()), seconds(metrics.timeToDetect()),
                seconds(metrics.timeToResolve()), c.tags(), c.affectedServices(), factors(c),
                c.relatedIncidents(), c.nearMiss(), actions);
    }

    /** The factors without their unknown keys, which the library never shows. */
    private static List<ContributingFactor> factors(Classification c) {
        return c.contributingFactors().stream().map(f -> new ContributingFactor(f.category(), f.description()))
                .toList();
    }

    /** The day the incident started in the report's zone: {@code startedAt}, else the earliest timeline entry. */
    static LocalDate date(Report report) {
        Instant start = report.summary().startedAt();
        if (start == null) {
            start = report.timeline().stream().map(TimelineEntry::at).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
        }
        return start == null ? null : LocalDate.ofInstant(start, report.zone());
    }

    private static Long seconds(Optional<Duration> d) {
        return d.map(Duration::getSeconds).orElse(null);
    }
}
