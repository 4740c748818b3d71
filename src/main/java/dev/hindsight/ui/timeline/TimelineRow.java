package dev.hindsight.ui.timeline;

import dev.hindsight.model.TimelineEntry;

/**
 * One row of the timeline table: the entry, where it is in the list, how its date and time
 * read in the report's zone, and what is flagged about it. {@code rejected} holds typed
 * time text that could not be read (shown in the cell with {@code rejectedReason}).
 */
public record TimelineRow(int index, TimelineEntry entry, String date, String time, boolean showDate,
                          boolean outOfOrder, boolean outsideWindow, String rejected, String rejectedReason) {

    public boolean misleading() {
        return "misleading".equals(entry.kind().code());
    }

    /** What the row's flags mean, for its tooltip; empty when nothing is flagged. */
    public String flags() {
        StringBuilder out = new StringBuilder();
        if (rejected != null) {
            out.append("\u201c").append(rejected).append("\u201d was not taken: ").append(rejectedReason);
        }
        if (outOfOrder) {
            out.append(out.length() > 0 ? "\n" : "").append("Earlier than the row above (out of time order)");
        }
        if (outsideWindow) {
            out.append(out.length() > 0 ? "\n" : "").append("Outside the outage window of the Issue Summary");
        }
        return out.toString();
    }
}
