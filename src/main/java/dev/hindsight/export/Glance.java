package dev.hindsight.export;

import dev.hindsight.model.ActionCounts;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.Durations;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportMetrics;
import dev.hindsight.model.Summary;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The "at a glance" facts of a report, worded once for both exports: the window (and in UTC
 * when the report's zone is another), the derived figures, and the urgent open action items.
 */
record Glance(String window, String windowUtc, String duration, List<Figure> figures, String usersAffected,
              String actions, List<Urgent> urgent) {

    /** A derived figure: {@code Detect} and {@code 0 min}. */
    record Figure(String label, String value) {
    }

    /** An open P0 or P1 action item and its index in {@code measures.actionItems}. */
    record Urgent(int index, ActionItem item) {
        String owner() {
            return item.owner().isBlank() ? "no owner" : item.owner();
        }

        String due() {
            return item.due() == null ? "no due date" : "due " + item.due();
        }
    }

    static final String END_BEFORE_START = "end is before start";
    static final String BEFORE_START = "before start";

    static Glance of(Report report) {
        TimeText times = new TimeText(report.zone());
        Summary s = report.summary();
        ReportMetrics m = ReportMetrics.of(report);
        String utc = times.isUtc() || (s.startedAt() == null && s.endedAt() == null) ? null
                : new TimeText(ZoneOffset.UTC).window(s.startedAt(), s.endedAt());
        List<Figure> figures = List.of(
                new Figure("Detect", format(m.timeToDetect(), BEFORE_START)),
                new Figure("Respond", format(m.timeToRespond(), "before detection")),
                new Figure("Mitigate", format(m.timeToMitigate(), BEFORE_START)),
                new Figure("Resolve", format(m.timeToResolve(), BEFORE_START)));
        String users = s.usersAffectedPercent() == null ? TimeText.NONE
                : s.usersAffectedPercent().toPlainString() + " %";
        return new Glance(times.window(s.startedAt(), s.endedAt()), utc, s.windowIsReversed() ? END_BEFORE_START : format(m.duration(), END_BEFORE_START), figures, users,
                actions(ActionCounts.of(report.measures().actionItems())), urgent(report.measures().actionItems()));
    }

    /** Whether an item still needs doing: not done and not dropped (unknown statuses count as open). */
    static boolean isOpen(ActionItem item) {
        return !ActionStatus.DONE.equals(item.status()) && !ActionStatus.WONT_DO.equals(item.status());
    }

    /**
     * A figure as people read it; a negative one (an end typed before the start, a response
     * logged before the detection) is never shown as "−2 h 00 min" but says what is wrong.
     */
    private static String format(Optional<Duration> d, String whenNegative) {
        return d.map(v -> v.isNegative() ? whenNegative : Durations.format(v)).orElse(TimeText.NONE);
    }

    private static String actions(ActionCounts counts) {
        if (counts.total() == 0) {
            return "none yet";
        }
        return counts.byStatus().entrySet().stream()
                .filter(e -> e.getValue() > 0 || e.getKey().isKnown() && !ActionStatus.WONT_DO.equals(e.getKey()))
                .map(Glance::count)
                .collect(Collectors.joining(" \u00B7 "));
    }

    private static String count(Map.Entry<ActionStatus, Integer> e) {
        return e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Urgent> urgent(List<ActionItem> items) {
        List<Urgent> out = new ArrayList<>();
        for (Priority p : List.of(Priority.P0, Priority.P1)) {
            for (int i = 0; i < items.size(); i++) {
                ActionItem item = items.get(i);
                if (p.equals(item.priority()) && isOpen(item)) {
                    out.add(new Urgent(i, item));
                }
            }
        }
        return out;
    }
}
