package dev.hindsight.compare;

/** The parts of a report a difference or conflict belongs to, in the order of the report, with their names. */
public enum Section {
    SUMMARY("Issue Summary"),
    TIMELINE("Timeline"),
    ROOT_CAUSE("Root Cause"),
    RESOLUTION("Resolution and Recovery"),
    MEASURES("Corrective and Preventative Measures"),
    CLOSING_REMARKS("Closing Remarks"),
    CLASSIFICATION("Classification"),
    REVIEW("Review"),
    COMMENTS("Comments"),
    MERGE_CONFLICTS("Merge Conflicts"),
    PICTURES("Pictures"),
    OTHER("Other Keys");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The section of a place such as {@code measures.actionItems[1].status}; unknown keys are {@link #OTHER}. */
    public static Section of(String path) {
        return ReportSchema.sectionOf(path);
    }
}
