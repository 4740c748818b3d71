package dev.hindsight.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the times of a report's timeline rows: a row earlier than the nearest row
 * above it that has a time (out of time order), and a row outside the outage window of the Issue
 * Summary (before its start or after its end, where those are known). Rows without a time are
 * never flagged and do not break the order. The one place these rules live: the timeline table
 * shows them and the completeness check lists them.
 */
public final class TimelineFlags {
    /**
     * The flags of one row. {@code previous} is the time of the nearest row above with a time, or
     * null when there is none (or the row itself has no time).
     */
    public record Row(boolean outOfOrder, Instant previous, boolean beforeStart, boolean afterEnd) {
        static final Row NONE = new Row(false, null, false, false);

        public boolean outsideWindow() {
            return beforeStart || afterEnd;
        }
    }

    private TimelineFlags() {
    }

    /** One {@link Row} per timeline entry of {@code report}, in the same order. */
    public static List<Row> of(Report report) {
        List<TimelineEntry> entries = report.timeline();
        Instant start = report.summary().startedAt();
        Instant end = report.summary().endedAt();
        List<Row> rows = new ArrayList<>(entries.size());
        Instant previous = null;
        for (TimelineEntry e : entries) {
            Instant at = e.at();
            if (at == null) {
                rows.add(Row.NONE);
                continue;
            }
            boolean outOfOrder = previous != null && at.isBefore(previous);
            boolean before = start != null && at.isBefore(start);
            boolean after = end != null && at.isAfter(end);
            rows.add(new Row(outOfOrder, previous, before, after));
            previous = at;
        }
        return rows;
    }
}
