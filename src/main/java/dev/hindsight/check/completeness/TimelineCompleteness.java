package dev.hindsight.check.completeness;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ClockText;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.model.TimelineFlags;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The timeline's part of the completeness rule: a required kind of event missing (named by its
 * code), events without a time, and the flags the timeline table shows ({@link TimelineFlags}:
 * out of time order, outside the outage window). An event out of order is a finding about the row
 * ({@code timeline[4]}: move it, or correct its time); one outside the window, or without a time,
 * about its time ({@code timeline[4].at}).
 */
final class TimelineCompleteness {
    /** The kinds a timeline must have unless a team's settings say otherwise. */
    static final List<String> DEFAULT_KINDS = List.of(EntryKind.DETECTION.code());

    private final Set<CompletenessCheck> on;
    private final List<String> requiredKinds;

    TimelineCompleteness(Set<CompletenessCheck> on, List<String> requiredKinds) {
        this.on = on;
        this.requiredKinds = List.copyOf(requiredKinds);
    }

    void check(Report report, List<Finding> out) {
        List<TimelineEntry> events = report.timeline();
        if (on.contains(CompletenessCheck.EVENT_KINDS)) {
            Set<String> kinds = new HashSet<>();
            events.forEach(e -> kinds.add(e.kind().code()));
            for (String kind : requiredKinds) {
                if (!kinds.contains(kind)) {
                    out.add(new Finding(CompletenessChecker.RULE, CompletenessChecker.SEVERITY, "timeline", kind, -1, -1,
                            missingKind(kind), List.of()));
                }
            }
        }
        boolean order = on.contains(CompletenessCheck.EVENT_ORDER);
        boolean window = on.contains(CompletenessCheck.EVENT_WINDOW);
        boolean time = on.contains(CompletenessCheck.EVENT_TIME);
        if (!order && !window && !time) {
            return;
        }
        ZoneId zone = report.zone();
        List<TimelineFlags.Row> flags = TimelineFlags.of(report);
        for (int i = 0; i < events.size(); i++) {
            Instant at = events.get(i).at();
            String event = "Event " + (i + 1);
            if (at == null) {
                if (time) {
                    out.add(CompletenessChecker.missing("timeline[" + i + "].at",
                            event + " has no time: give when it happened, even roughly"));
                }
                continue;
            }
            TimelineFlags.Row f = flags.get(i);
            if (order && f.outOfOrder()) {
                out.add(CompletenessChecker.missing("timeline[" + i + "]", event + " (" + shown(at, f.previous(), zone)
                        + ") is earlier than the event above it (" + shown(f.previous(), at, zone)
                        + "): move it to its place or correct its time"));
            }
            if (window && f.beforeStart()) {
                Instant start = report.summary().startedAt();
                out.add(CompletenessChecker.missing("timeline[" + i + "].at", event + " (" + shown(at, start, zone)
                        + ") is before the outage started (" + shown(start, at, zone)
                        + "): correct its time or the start of the outage"));
            } else if (window && f.afterEnd()) {
                Instant end = report.summary().endedAt();
                out.add(CompletenessChecker.missing("timeline[" + i + "].at", event + " (" + shown(at, end, zone)
                        + ") is after the outage ended (" + shown(end, at, zone)
                        + "): correct its time or the end of the outage"));
            }
        }
    }

    private static String missingKind(String kind) {
        if (kind.equals(EntryKind.DETECTION.code())) {
            return "No detection event in the timeline: add when and how the incident was noticed, as an event of kind "
                    + "detection";
        }
        return "No " + kind + " event in the timeline: add one, as an event of kind " + kind;
    }

    /** {@code at} in the report's zone: the time alone when {@code other} is the same day, else with the date. */
    private static String shown(Instant at, Instant other, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        boolean sameDay = other != null && local.toLocalDate().equals(other.atZone(zone).toLocalDate());
        return sameDay ? ClockText.time(local) : ClockText.dateTime(local);
    }
}
