package dev.hindsight.export;

/** The section titles of a report, in the order every export shows them. */
final class Sections {
    static final String SUMMARY = "Issue Summary";
    static final String TIMELINE = "Timeline";
    static final String ROOT_CAUSE = "Root Cause";
    static final String RESOLUTION = "Resolution and Recovery";
    static final String MEASURES = "Corrective and Preventative Measures";
    static final String ACTION_ITEMS = "Action items";
    static final String CLOSING = "Closing Remarks";
    static final String COMMENTS = "Review Comments";
    static final String NOT_WRITTEN = "Not written yet.";

    private Sections() {
    }
}
