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
 * back to UTC). {@code formatVersion} is the version the file declared (1 for a new report):
 * the writer never writes less, and writes 2 when a version-2 part is not at its default.
 * The version-2 parts follow {@code closingRemarks}; {@code extras} are the unknown keys.
 */
public record Report(int formatVersion, String title, String incidentId, Severity severity, ReportStatus status,
                     String confidentiality, List<String> authors, String timeZone, Instant createdAt,
                     Instant updatedAt, Summary summary, List<TimelineEntry> timeline, String rootCause,
                     String resolution, Measures measures, String closingRemarks, String language,
                     Classification classification, Review review, List<Comment> comments,
                     List<MergeConflict> mergeConflicts, List<Picture> pictures, Extras extras) {

    /** The highest format version this application fully understands. */
    public static final int FORMAT_VERSION = 2;
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
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(review, "review");
        comments = List.copyOf(comments);
        mergeConflicts = List.copyOf(mergeConflicts);
        pictures = List.copyOf(pictures);
        Objects.requireNonNull(extras, "extras");
    }

    /** A report of the version-1 parts only, every version-2 part at its default. */
    public Report(int formatVersion, String title, String incidentId, Severity severity, ReportStatus status,
                  String confidentiality, List<String> authors, String timeZone, Instant createdAt,
                  Instant updatedAt, Summary summary, List<TimelineEntry> timeline, String rootCause,
                  String resolution, Measures measures, String closingRemarks, Extras extras) {
        this(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone, createdAt,
                updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, "",
                Classification.EMPTY, Review.EMPTY, List.of(), List.of(), List.of(), extras);
    }

    /** A report with every key at its default, as a file holding only the two required keys. */
    public static Report blank() {
        return new Report(1, "", "", null, ReportStatus.DRAFT, "", List.of(), DEFAULT_ZONE, null, null,
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

    /** Whether a version-2 part differs from its default, which makes the file version 2 at least. */
    public boolean usesVersion2() {
        return !language.isEmpty() || !classification.isEmpty() || !review.isEmpty() || !comments.isEmpty()
                || !mergeConflicts.isEmpty() || !pictures.isEmpty();
    }

    /** A picture of this report by its name. */
    public Optional<Picture> picture(String name) {
        return pictures.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Report withFormatVersion(int v) {
        return builder().formatVersion(v).build();
    }

    public Report withTitle(String v) {
        return builder().title(v).build();
    }

    public Report withIncidentId(String v) {
        return builder().incidentId(v).build();
    }

    public Report withSeverity(Severity v) {
        return builder().severity(v).build();
    }

    public Report withStatus(ReportStatus v) {
        return builder().status(v).build();
    }

    public Report withConfidentiality(String v) {
        return builder().confidentiality(v).build();
    }

    public Report withAuthors(List<String> v) {
        return builder().authors(v).build();
    }

    public Report withTimeZone(String v) {
        return builder().timeZone(v).build();
    }

    public Report withCreatedAt(Instant v) {
        return builder().createdAt(v).build();
    }

    public Report withUpdatedAt(Instant v) {
        return builder().updatedAt(v).build();
    }

    public Report withSummary(Summary v) {
        return builder().summary(v).build();
    }

    public Report withTimeline(List<TimelineEntry> v) {
        return builder().timeline(v).build();
    }

    public Report withRootCause(String v) {
        return builder().rootCause(v).build();
    }

    public Report withResolution(String v) {
        return builder().resolution(v).build();
    }

    public Report withMeasures(Measures v) {
        return builder().measures(v).build();
    }

    public Report withClosingRemarks(String v) {
        return builder().closingRemarks(v).build();
    }

    public Report withLanguage(String v) {
        return builder().language(v).build();
    }

    public Report withClassification(Classification v) {
        return builder().classification(v).build();
    }

    public Report withReview(Review v) {
        return builder().review(v).build();
    }

    public Report withComments(List<Comment> v) {
        return builder().comments(v).build();
    }

    public Report withMergeConflicts(List<MergeConflict> v) {
        return builder().mergeConflicts(v).build();
    }

    public Report withPictures(List<Picture> v) {
        return builder().pictures(v).build();
    }

    public Report withExtras(Extras v) {
        return builder().extras(v).build();
    }

    /** A builder holding this report's parts, to change several at once. */
    public ReportBuilder builder() {
        return new ReportBuilder(this);
    }
}
