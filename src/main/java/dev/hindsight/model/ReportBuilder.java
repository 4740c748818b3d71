package dev.hindsight.model;

import java.time.Instant;
import java.util.List;

/** Changes several parts of a {@link Report} at once: {@code report.builder().title(t).severity(s).build()}. */
public final class ReportBuilder {
    private int formatVersion;
    private String title;
    private String incidentId;
    private Severity severity;
    private ReportStatus status;
    private String confidentiality;
    private List<String> authors;
    private String timeZone;
    private Instant createdAt;
    private Instant updatedAt;
    private Summary summary;
    private List<TimelineEntry> timeline;
    private String rootCause;
    private String resolution;
    private Measures measures;
    private String closingRemarks;
    private String language;
    private Classification classification;
    private Review review;
    private List<Comment> comments;
    private List<MergeConflict> mergeConflicts;
    private List<Picture> pictures;
    private Extras extras;

    ReportBuilder(Report r) {
        formatVersion = r.formatVersion();
        title = r.title();
        incidentId = r.incidentId();
        severity = r.severity();
        status = r.status();
        confidentiality = r.confidentiality();
        authors = r.authors();
        timeZone = r.timeZone();
        createdAt = r.createdAt();
        updatedAt = r.updatedAt();
        summary = r.summary();
        timeline = r.timeline();
        rootCause = r.rootCause();
        resolution = r.resolution();
        measures = r.measures();
        closingRemarks = r.closingRemarks();
        language = r.language();
        classification = r.classification();
        review = r.review();
        comments = r.comments();
        mergeConflicts = r.mergeConflicts();
        pictures = r.pictures();
        extras = r.extras();
    }

    public Report build() {
        return new Report(formatVersion, title, incidentId, severity, status, confidentiality, authors, timeZone,
                createdAt, updatedAt, summary, timeline, rootCause, resolution, measures, closingRemarks, language,
                classification, review, comments, mergeConflicts, pictures, extras);
    }

    public ReportBuilder formatVersion(int v) {
        formatVersion = v;
        return this;
    }

    public ReportBuilder title(String v) {
        title = v;
        return this;
    }

    public ReportBuilder incidentId(String v) {
        incidentId = v;
        return this;
    }

    public ReportBuilder severity(Severity v) {
        severity = v;
        return this;
    }

    public ReportBuilder status(ReportStatus v) {
        status = v;
        return this;
    }

    public ReportBuilder confidentiality(String v) {
        confidentiality = v;
        return this;
    }

    public ReportBuilder authors(List<String> v) {
        authors = v;
        return this;
    }

    public ReportBuilder timeZone(String v) {
        timeZone = v;
        return this;
    }

    public ReportBuilder createdAt(Instant v) {
        createdAt = v;
        return this;
    }

    public ReportBuilder updatedAt(Instant v) {
        updatedAt = v;
        return this;
    }

    public ReportBuilder summary(Summary v) {
        summary = v;
        return this;
    }

    public ReportBuilder timeline(List<TimelineEntry> v) {
        timeline = v;
        return this;
    }

    public ReportBuilder rootCause(String v) {
        rootCause = v;
        return this;
    }

    public ReportBuilder resolution(String v) {
        resolution = v;
        return this;
    }

    public ReportBuilder measures(Measures v) {
        measures = v;
        return this;
    }

    public ReportBuilder closingRemarks(String v) {
        closingRemarks = v;
        return this;
    }

    public ReportBuilder language(String v) {
        language = v;
        return this;
    }

    public ReportBuilder classification(Classification v) {
        classification = v;
        return this;
    }

    public ReportBuilder review(Review v) {
        review = v;
        return this;
    }

    public ReportBuilder comments(List<Comment> v) {
        comments = v;
        return this;
    }

    public ReportBuilder mergeConflicts(List<MergeConflict> v) {
        mergeConflicts = v;
        return this;
    }

    public ReportBuilder pictures(List<Picture> v) {
        pictures = v;
        return this;
    }

    public ReportBuilder extras(Extras v) {
        extras = v;
        return this;
    }
}
