package dev.hindsight.ui.timeline;

import dev.hindsight.model.ClockText;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
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
 * row when the incident spans days), out-of-order rows and rows outside the outage window.
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
        Instant start = report.summary().startedAt();
        Instant end = report.summary().endedAt();
        List<TimelineRow> rows = new ArrayList<>(entries.size());
        LocalDate previousDate = null;
        Instant previous = null;
        Set<TimelineEntry> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            Instant at = e.at();
            String date = "";
            String time = "";
            boolean showDate = false;
            boolean outOfOrder = false;
            boolean outside = false;
            if (at != null) {
                ZonedDateTime local = at.atZone(zone);
                LocalDate day = local.toLocalDate();
                showDate = multiDay || !day.equals(previousDate);
                date = day.toString();
                time = ClockText.time(local);
                outOfOrder = previous != null && at.isBefore(previous);
                outside = (start != null && at.isBefore(start)) || (end != null && at.isAfter(end));
                previousDate = day;
                previous = at;
            }
            Rejection r = rejected.isEmpty() || !shown.add(e) ? null : rejected.get(e);
            rows.add(new TimelineRow(i, e, date, time, showDate, outOfOrder, outside,
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
