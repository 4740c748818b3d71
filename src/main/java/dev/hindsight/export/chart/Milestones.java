package dev.hindsight.export.chart;

import dev.hindsight.model.Durations;
import dev.hindsight.model.EntryKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestones of the timeline chart and the time-to-X spans between them, as the report's
 * figures ({@code ReportMetrics}) count them: detected at the first detection, responded at the
 * first response, mitigated at the last mitigation, resolved at the end of the outage or else the
 * first resolution.
 */
final class Milestones {
    private Milestones() {
    }

    record Moment(String name, Instant at) {
    }

    /** The start and the four milestones that are known, in time order. */
    static List<Moment> of(List<TimelineChartLayout.Timed> timed, Instant start, Instant end) {
        Instant detected = first(timed, EntryKind.DETECTION);
        Instant responded = first(timed, EntryKind.RESPONSE);
        Instant mitigated = null;
        for (TimelineChartLayout.Timed t : timed) {
            if (EntryKind.MITIGATION.equals(t.kind())) {
                mitigated = t.at();
            }
        }
        Instant resolved = end != null ? end : first(timed, EntryKind.RESOLUTION);
        List<Moment> out = new ArrayList<>();
        String[] names = {"Started", "Detected", "Responded", "Mitigated", "Resolved"};
        Instant[] times = {start, detected, responded, mitigated, resolved};
        for (int i = 0; i < names.length; i++) {
            if (times[i] != null) {
                out.add(new Moment(names[i], times[i]));
            }
        }
        out.sort(Comparator.comparing(Moment::at));
        return out;
    }

    private static Instant first(List<TimelineChartLayout.Timed> timed, EntryKind kind) {
        for (TimelineChartLayout.Timed t : timed) {
            if (kind.equals(t.kind())) {
                return t.at();
            }
        }
        return null;
    }

    record SpanSource(String name, Instant from, Instant to, String label) {
    }

    /** The outage, then time to detect, respond, mitigate and resolve: those whose ends are known and in order. */
    static List<SpanSource> spans(Instant start, Instant end, List<Moment> milestones) {
        Map<String, Instant> at = new LinkedHashMap<>();
        milestones.forEach(m -> at.put(m.name(), m.at()));
        List<SpanSource> out = new ArrayList<>();
        add(out, "Outage", start, end, "Outage");
        add(out, "Time to detect", start, at.get("Detected"), "Time to detect");
        add(out, "Time to respond", at.get("Detected"), at.get("Responded"), "Time to respond");
        add(out, "Time to mitigate", start, at.get("Mitigated"), "Time to mitigate");
        add(out, "Time to resolve", start, at.get("Resolved"), "Time to resolve");
        return out;
    }

    private static void add(List<SpanSource> out, String name, Instant from, Instant to, String label) {
        if (from != null && to != null && !to.isBefore(from)) {
            out.add(new SpanSource(name, from, to, label + " " + Durations.format(Duration.between(from, to))));
        }
    }

}
