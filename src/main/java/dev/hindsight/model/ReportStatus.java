package dev.hindsight.model;

import java.util.List;

/** The review state of the document. Unknown values read from a file are kept as written. */
public record ReportStatus(String code) implements Code {
    public static final ReportStatus DRAFT = new ReportStatus("draft");
    public static final ReportStatus IN_REVIEW = new ReportStatus("in-review");
    public static final ReportStatus FINAL = new ReportStatus("final");

    public static final List<ReportStatus> KNOWN = List.of(DRAFT, IN_REVIEW, FINAL);

    @Override
    public List<ReportStatus> knownValues() {
        return KNOWN;
    }
}
