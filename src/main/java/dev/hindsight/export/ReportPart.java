package dev.hindsight.export;

/** A part of a report that can be copied or exported alone: the whole report, or one of its sections. */
public enum ReportPart {
    WHOLE, SUMMARY, TIMELINE, ROOT_CAUSE, RESOLUTION, MEASURES;

    /** The part shown by the editor's section tab at {@code index} (Summary first). */
    public static ReportPart ofTab(int index) {
        ReportPart[] sections = {SUMMARY, TIMELINE, ROOT_CAUSE, RESOLUTION, MEASURES};
        return index >= 0 && index < sections.length ? sections[index] : WHOLE;
    }
}
