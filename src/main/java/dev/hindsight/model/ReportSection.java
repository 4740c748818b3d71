package dev.hindsight.model;

/** The parts of a report as the editor's tabs show them, named as people see them. */
public enum ReportSection {
    SUMMARY("Issue Summary"),
    TIMELINE("Timeline"),
    ROOT_CAUSE("Root Cause"),
    RESOLUTION("Resolution and Recovery"),
    MEASURES("Corrective and Preventative Measures"),
    CLASSIFICATION("Classification");

    private final String label;

    ReportSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
