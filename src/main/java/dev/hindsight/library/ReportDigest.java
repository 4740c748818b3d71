package dev.hindsight.library;

import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the library keeps of one report in memory and in its cache: the table's columns, the
 * figures' inputs, the classification and the action items, never the prose (that lives only in
 * the search index). {@code severity}, {@code date} and the three durations may be null; the
 * durations are whole seconds as the format defines the metrics (by time, not position).
 *
 * @param date the day the incident started, in the report's own time zone (its {@code startedAt},
 *             else its earliest timeline entry); null when the report has neither
 */
public record ReportDigest(String title, String incidentId, Severity severity, ReportStatus status,
                           LocalDate date, Long durationSeconds, Long detectSeconds, Long resolveSeconds,
                           List<String> tags, List<String> services, List<ContributingFactor> factors,
                           List<String> relatedIncidents, boolean nearMiss, List<ActionDigest> actions) {
    public ReportDigest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        services = List.copyOf(services);
        factors = List.copyOf(factors);
        relatedIncidents = List.copyOf(relatedIncidents);
        actions = List.copyOf(actions);
    }

    /** The open and in-progress action items. */
    public long openActions() {
        return actions.stream().filter(ActionDigest::isOpen).count();
    }
}
