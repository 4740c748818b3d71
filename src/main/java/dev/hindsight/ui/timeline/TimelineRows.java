package dev.hindsight.ui.timeline;

import dev.hindsight.model.ClockText;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.model.TimelineFlags;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Computes the table rows of a timeline: dates shown where the day changes (or on every
 * row when the incident spans days), and the flags of {@link TimelineFlags} (out of order, outside
 * the outage window), which the completeness check lists too.
 */
final class TimelineRows {

    private TimelineRows() {
    }

    /** A typed time that was not taken, kept for display in its row. */
    record Rejection(String text, String reason) {
    }

    /**
     * @param rejected typed times not taken, by the entry object of their row; an entry that is in
     *                 the list twice (a duplicated row) shows it in its first row only
     */
    static List<TimelineRow> of(Report report, Map<TimelineEntry, Rejection> rejected) {
        ZoneId zone = report.zone();
        List<TimelineEntry> entries = report.timeline();
        boolean multiDay = spansDays(report, zone);
        List<TimelineFlags.Row> flags = TimelineFlags.of(report);
        List<TimelineRow> rows = new ArrayList<>(entries.size());
        LocalDate previousDate = null;
        Set<TimelineEntry> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            Instant at = e.at();
            String date = "";
            String time = "";
            boolean showDate = false;
            if (at != null) {
                ZonedDateTime local = at.atZone(zone);
                LocalDate day = local.toLocalDate();
                showDate = multiDay || !day.equals(previousDate);
                date = day.toString();
                time = ClockText.time(local);
                previousDate = day;
            }
            Rejection r = rejected.isEmpty() || !shown.add(e) ? null : rejected.get(e);
            TimelineFlags.Row f = flags.get(i);
            rows.add(new TimelineRow(i, e, date, time, showDate, f.outOfOrder(), f.outsideWindow(),
                    r == null ? null : r.text(), r == null ? null : r.reason()));
        }
        return rows;
    }

    private static boolean spansDays(Report report, ZoneId zone) {
        Instant first = report.summary().startedAt();
        Instant last = report.summary().endedAt();
        for (TimelineEntry e : report.timeline()) {
            if (e.at() != null) {
                first = first == null || e.at().isBefore(first) ? e.at() : first;
                last = last == null || e.at().isAfter(last) ? e.at() : last;
            }
        }
        return first != null && last != null
                && !first.atZone(zone).toLocalDate().equals(last.atZone(zone).toLocalDate());
    }
}
