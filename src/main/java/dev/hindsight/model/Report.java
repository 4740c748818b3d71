package dev.hindsight.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postmortem report: everything the file format holds, immutable. Edits make new reports
 * that share the unchanged parts, which is what makes undo a matter of keeping the old one.
 *
 * <p>{@code severity}, {@code createdAt} and {@code updatedAt} may be null. {@code timeZone}
 * is kept as written, even when this Java does not know the zone ({@link #zone()} then falls
 * back to UTC).
 */
public record Report(int formatVersion, String title, String incidentId, Severity severity, ReportStatus status,
                     String confidentiality, List<String> authors, String timeZone, Instant createdAt,
                     Instant updatedAt, Summary summary, List<TimelineEntry> timeline, String rootCause,
                     String resolution, Measures measures, String closingRemarks, Extras extras) {

    /** The format version this application writes and fully understands. */
    public static final int FORMAT_VERSION = 1;
    public static final String DEFAULT_ZONE = "UTC";

    public Report {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("formatVersion must be at least 1");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confidentiality, "confidentiality");
        authors = List.copyOf(authors);
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(summary, "summary");
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(rootCause, "rootCause");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(closingRemarks, "closingRemarks");
        Objects.requireNonNull(extras, "extras");
    }

    /** A report with every key at its default, as a file holding only the two required keys. */
    public static Report blank() {
        return new Report(FORMAT_VERSION, "", "", null, ReportStatus.DRAFT, "", List.of(), DEFAULT_ZONE, null, null,
                Summary.EMPTY, List.of(), "", "", Measures.EMPTY, "", Extras.NONE);
    }

    /** The zone times are shown and typed in; UTC when the stored id is not a zone this Java knows. */
    public ZoneId zone() {
        return knownZone().orElse(ZoneOffset.UTC);
    }

    public Optional<ZoneId> knownZone() {
        return Zones.parse(timeZone);
    }

    public boolean isFinal() {
        return ReportStatus.FINAL.equals(status);
    }

    public Report withTitle(String v) {
        return new Report(formatVersion, v, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withIncidentId(String v) {
        return new Report(formatVersion, title, v, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withSeverity(Severity v) {
        return new Report(formatVersion, title, incidentId, v, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withStatus(ReportStatus v) {
        return new Report(formatVersion, title, incidentId, severity, v, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withConfidentiality(String v) {
        return new Report(formatVersion, title, incidentId, severity, status, v, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withAuthors(List<String> v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, v, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withTimeZone(String v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, v,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withCreatedAt(Instant v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                v, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withUpdatedAt(Instant v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, v, summary, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withSummary(Summary v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, v, timeline, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withTimeline(List<TimelineEntry> v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, v, rootCause, resolution, measures, closingRemarks, extras);
    }

    public Report withRootCause(String v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, v, resolution, measures, closingRemarks, extras);
    }

    public Report withResolution(String v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, v, measures, closingRemarks, extras);
    }

    public Report withMeasures(Measures v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, v, closingRemarks, extras);
    }

    public Report withClosingRemarks(String v) {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, v, extras);
    }
}
