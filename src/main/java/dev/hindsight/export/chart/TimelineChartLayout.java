package dev.hindsight.export.chart;

import dev.hindsight.export.KindColors;
import dev.hindsight.model.Durations;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out the timeline chart of a report for a surface {@code width} units wide (points in
 * the PDF, pixels in the window): plain arithmetic over the model, no drawing library, so that
 * it is tested without a window and drawn the same everywhere. The milestones are those of the
 * report's figures ({@code ReportMetrics}): detected at the first detection, responded at the
 * first response, mitigated at the last mitigation, resolved at the end of the outage or else
 * the first resolution. Events of one kind closer than a mark's width are one mark with their
 * number, so a lane never holds more marks than it has room for, however many events there are.
 */
public final class TimelineChartLayout {
    static final double LABEL = 7.5;
    static final double SMALL = 6.5;
    static final double PAD = 4;
    static final double LANE = 14;
    static final double LABEL_ROW = 11;
    static final double SPAN_ROW = 12;
    static final double CAPTION_ROW = 9;
    static final double GAP = 6;
    private static final long MIN_RANGE_SECONDS = 600;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final String OTHER = "Other";

    private final Report report;
    private final double width;
    private final TextMeasure measure;
    private final ZoneId zone;
    private double left;
    private double right;
    private double t0;
    private double t1;

    private TimelineChartLayout(Report report, double width, TextMeasure measure) {
        this.report = report;
        this.width = width;
        this.measure = measure;
        this.zone = report.zone();
    }

    /** The chart of {@code report} for a surface {@code width} units wide. */
    public static TimelineChart of(Report report, double width, TextMeasure measure) {
        return new TimelineChartLayout(report, Math.max(200, width), measure).layout();
    }

    /** An event with a time: its index in the timeline. */
    record Timed(int index, Instant at, EntryKind kind) {
    }

    private TimelineChart layout() {
        List<Timed> timed = timed(report.timeline());
        Summary s = report.summary();
        boolean reversed = s.windowIsReversed();
        Instant start = reversed ? null : s.startedAt();
        Instant end = reversed ? null : s.endedAt();
        List<Milestones.Moment> milestones = Milestones.of(timed, start, end);
        List<Instant> all = new ArrayList<>();
        timed.forEach(t -> all.add(t.at()));
        milestones.forEach(m -> all.add(m.at()));
        if (end != null) {
            all.add(end);
        }
        int untimed = report.timeline().size() - timed.size();
        if (all.isEmpty()) {
            String caption = "No times yet: the chart shows the events once they have times." + untimedNote(untimed);
            List<String> lines = TextLines.of(caption, measure, SMALL, width - 2 * PAD);
            return new TimelineChart(width, 2 * PAD + lines.size() * CAPTION_ROW,
                    new TimelineChart.Plot(PAD, width - PAD, PAD, PAD), List.of(), List.of(), List.of(), null, List.of(),
                    List.of(), List.of(), List.of(), caption, lines);
        }
        range(all);

        Map<String, List<Timed>> byLane = lanes(timed);
        double gutter = gutter(byLane.keySet());
        left = gutter;
        right = width - PAD - measure.width("00:00", LABEL, false) / 2;
        boolean manyDays = t1 - t0 > 86_400;

        List<TimelineChart.Milestone> placedMilestones = new ArrayList<>();
        LabelRows labelRows = new LabelRows(GAP);
        double[] milestoneLines = milestones.stream().mapToDouble(m -> x(m.at())).toArray();
        for (int i = 0; i < milestones.size(); i++) {
            Milestones.Moment m = milestones.get(i);
            String label = m.name() + " " + (manyDays ? DAY_CLOCK : CLOCK).format(m.at().atZone(zone));
            double w = measure.width(label, SMALL, true);
            double x = milestoneLines[i];
            // after its line, or before it when it would leave the chart or cross another milestone's line
            boolean after = x + w <= width - PAD
                    && (!crosses(milestoneLines, x, x + w) || x - w < PAD || crosses(milestoneLines, x - w, x));
            double from = within(after ? x : x - w, w);
            int row = labelRows.place(from, from + w);
            placedMilestones.add(new TimelineChart.Milestone(m.name(), x, label, from,
                    PAD + (row + 1) * LABEL_ROW - 3, ChartPainter.Anchor.START, w));
        }
        double spansTop = PAD + labelRows.count() * LABEL_ROW;
        List<TimelineChart.Span> spans = new ArrayList<>();
        LabelRows spanRows = new LabelRows(GAP);
        List<Milestones.SpanSource> sources = Milestones.spans(start, end, milestones);
        List<Integer> rowOf = new ArrayList<>();
        for (Milestones.SpanSource source : sources) {
            rowOf.add(placeSpan(source, spanRows, spans));
        }
        for (int i = 0; i < spans.size(); i++) {
            TimelineChart.Span sp = spans.get(i);
            spans.set(i, new TimelineChart.Span(sp.name(), sp.x0(), sp.x1(), spansTop + (rowOf.get(i) + 1) * SPAN_ROW - 2,
                    sp.label(), sp.labelX(), sp.anchor(), sp.labelWidth()));
        }
        double plotTop = spansTop + spanRows.count() * SPAN_ROW + (labelRows.count() + spanRows.count() > 0 ? 4 : 0);
        double plotBottom = plotTop + LANE * Math.max(1, byLane.size());

        List<TimelineChart.Lane> lanes = new ArrayList<>();
        LaneMarks laneMarks = new LaneMarks(this::x, measure, right);
        List<TimelineChart.Mark> marks = new ArrayList<>();
        List<TimelineChart.Stretch> stretches = new ArrayList<>();
        int laneIndex = 0;
        for (Map.Entry<String, List<Timed>> lane : byLane.entrySet()) {
            double y = plotTop + LANE * (laneIndex++ + 0.5);
            EntryKind kind = lane.getValue().get(0).kind();
            boolean other = OTHER.equals(lane.getKey());
            String color = other ? KindColors.of(EntryKind.NOTE).hex() : KindColors.of(kind).hex();
            MarkShape shape = other ? MarkShape.RING : MarkShape.of(kind);
            lanes.add(new TimelineChart.Lane(lane.getKey(), color, shape, y));
            marks.addAll(laneMarks.marks(lane.getValue(), y, shape, color));
            if (EntryKind.MISLEADING.equals(kind) && !other) {
                stretches.addAll(laneMarks.misleading(timed, y));
            }
        }

        TimeAxis.Axis axis = TimeAxis.of(instant(t0), instant(t1), zone, this::x, right - left, measure, LABEL);
        List<TimelineChart.DayMark> days = DayLabels.spaced(axis.days(), measure, width);
        TimelineChart.Band band = band(start, end);
        String caption = "Times in " + zoneLabel() + (reversed ? "; the outage ends before it starts, so it is not shown"
                : band != null && band.open() ? "; the outage has no " + (start == null ? "start" : "end")
                        + " set, so it runs to the edge" : "") + untimedNote(untimed);
        List<String> lines = TextLines.of(caption, measure, SMALL, width - 2 * PAD);
        double bottom = plotBottom + 12 + (days.isEmpty() ? 0 : 10) + lines.size() * CAPTION_ROW;
        return new TimelineChart(width, bottom + PAD, new TimelineChart.Plot(left, right, plotTop, plotBottom), lanes,
                axis.ticks(), days, band, marks, stretches, placedMilestones, spans, caption, lines);
    }

    private static String untimedNote(int untimed) {
        return untimed == 0 ? "" : untimed == 1 ? "; 1 event without a time is not shown"
                : "; " + untimed + " events without a time are not shown";
    }

    private String zoneLabel() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static List<Timed> timed(List<TimelineEntry> timeline) {
        List<Timed> out = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (e.at() != null) {
                out.add(new Timed(i, e.at(), e.kind()));
            }
        }
        out.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::index));
        return out;
    }

    /** The time range shown: everything, at least ten minutes, with a little room at both ends. */
    private void range(List<Instant> all) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Instant t : all) {
            double s = seconds(t);
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        if (hi - lo < MIN_RANGE_SECONDS) {
            double middle = (lo + hi) / 2;
            lo = middle - MIN_RANGE_SECONDS / 2.0;
            hi = middle + MIN_RANGE_SECONDS / 2.0;
        }
        double pad = (hi - lo) * 0.03;
        t0 = lo - pad;
        t1 = hi + pad;
    }

    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    private static Instant instant(double seconds) {
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, (long) ((seconds - whole) * 1e9));
    }

    double x(Instant t) {
        return left + (seconds(t) - t0) / (t1 - t0) * (right - left);
    }

    /** The lanes in the table's order of kinds; kinds this version does not know share one, "Other". */
    private static Map<String, List<Timed>> lanes(List<Timed> timed) {
        Map<String, List<Timed>> out = new LinkedHashMap<>();
        for (EntryKind kind : EntryKind.KNOWN) {
            List<Timed> these = timed.stream().filter(t -> kind.equals(t.kind())).toList();
            if (!these.isEmpty()) {
                out.put(kind.label(), these);
            }
        }
        List<Timed> others = timed.stream().filter(t -> !t.kind().isKnown()).toList();
        if (!others.isEmpty()) {
            out.put(OTHER, others);
        }
        return out;
    }

    private double gutter(Iterable<String> labels) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, measure.width(label, LABEL, false));
        }
        double gutter = PAD + 2 * TimelineChart.MARK_RADIUS + 4 + widest + 8;
        return Math.min(Math.max(gutter, 40), width * 0.3);
    }

    /** Places a span's bracket and label in the first row where they touch nothing; returns the row. */
    private int placeSpan(Milestones.SpanSource source, LabelRows rows, List<TimelineChart.Span> out) {
        double x0 = x(source.from());
        double x1 = x(source.to());
        double w = measure.width(source.label(), SMALL, false);
        double from;
        double to;
        double labelX;
        ChartPainter.Anchor anchor;
        if (w + 8 <= x1 - x0) {
            labelX = (x0 + x1) / 2;
            anchor = ChartPainter.Anchor.MIDDLE;
            from = x0;
            to = x1;
        } else if (x1 + 4 + w <= width - PAD) {
            labelX = x1 + 4;
            anchor = ChartPainter.Anchor.START;
            from = x0;
            to = x1 + 4 + w;
        } else if (x0 - 4 - w >= PAD) {
            labelX = x0 - 4;
            anchor = ChartPainter.Anchor.END;
            from = x0 - 4 - w;
            to = x1;
        } else {
            labelX = within(x1 + 4, w);
            anchor = ChartPainter.Anchor.START;
            from = Math.min(x0, labelX);
            to = Math.max(x1, labelX + w);
        }
        out.add(new TimelineChart.Span(source.name(), x0, x1, 0, source.label(), labelX, anchor, w));
        return rows.place(from, to);
    }

    /** Whether a line of {@code lines} runs through the label from {@code from} to {@code to}, other than at its ends. */
    private static boolean crosses(double[] lines, double from, double to) {
        for (double line : lines) {
            if (line > from + 1 && line < to - 1) {
                return true;
            }
        }
        return false;
    }

    /** Where text {@code w} wide starting at {@code from} must start to stay inside the chart (at its left if it is wider). */
    private double within(double from, double w) {
        return Math.max(PAD, Math.min(from, width - PAD - w));
    }

    private TimelineChart.Band band(Instant start, Instant end) {
        if (start == null && end == null) {
            return null;
        }
        double x0 = start != null ? x(start) : left;
        double x1 = end != null ? x(end) : right;
        String label = start != null && end != null ? "Outage" : start != null ? "Outage (no end set)"
                : "Outage (no start set)";
        return new TimelineChart.Band(x0, x1, label, start == null || end == null);
    }
}
