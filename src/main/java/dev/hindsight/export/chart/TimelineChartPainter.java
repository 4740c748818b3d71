package dev.hindsight.export.chart;

import dev.hindsight.export.chart.ChartPainter.Anchor;
import java.util.List;

/**
 * Draws a laid-out {@link TimelineChart} on any {@link ChartPainter}: the window's canvas and the
 * PDF draw the very same strokes. Nothing relies on colour alone: kinds have lanes, labels and
 * shapes, the outage is a shaded band with solid edges (dashed where it is open), misleading
 * paths are hatched, milestones are dashed lines with their names.
 */
public final class TimelineChartPainter {
    private TimelineChartPainter() {
    }

    /** Draws on a white surface. */
    public static void paint(TimelineChart chart, ChartPainter p) {
        paint(chart, p, ChartColors.LIGHT);
    }

    /** Draws in colours {@code c}, on their background, which labels are set on where lines cross them. */
    public static void paint(TimelineChart chart, ChartPainter p, ChartColors c) {
        TimelineChart.Plot plot = chart.plot();
        if (chart.isEmpty()) {
            caption(chart, p, c);
            return;
        }
        outage(chart, p, c);
        for (TimelineChart.Tick tick : chart.ticks()) {
            p.line(tick.x(), plot.top(), tick.x(), plot.bottom(), c.grid(), 0.5, false);
        }
        lanes(chart, p, c);
        for (TimelineChart.DayMark day : chart.days()) {
            if (day.midnight()) {
                p.line(day.x(), plot.top() - 2, day.x(), plot.bottom() + 3, c.axis(), 0.8, false);
                p.line(day.x(), plot.bottom() + 13, day.x(), plot.bottom() + 22, c.axis(), 0.8, false);
            }
        }
        for (TimelineChart.Stretch s : chart.misleading()) {
            double w = Math.max(3, s.x1() - s.x0());
            double h = 2 * TimelineChart.MARK_RADIUS + 4;
            p.hatch(s.x0(), s.y() - h / 2, w, h, c.hatch(), 2.5);
            p.rect(s.x0(), s.y() - h / 2, w, h, null, c.hatch(), 0.5);
        }
        milestones(chart, p, c);
        spans(chart, p, c);
        marks(chart, p, c);
        axis(chart, p, c);
        caption(chart, p, c);
    }

    /** The caption's lines, the last one just above the chart's bottom edge. */
    private static void caption(TimelineChart chart, ChartPainter p, ChartColors c) {
        List<String> lines = chart.captionLines();
        for (int i = 0; i < lines.size(); i++) {
            double baseline = chart.height() - TimelineChartLayout.PAD - 2
                    - (lines.size() - 1 - i) * TimelineChartLayout.CAPTION_ROW;
            p.text(TimelineChartLayout.PAD, baseline, lines.get(i), TimelineChartLayout.SMALL, false, c.muted(), Anchor.START);
        }
    }

    private static void outage(TimelineChart chart, ChartPainter p, ChartColors c) {
        TimelineChart.Band band = chart.outage();
        if (band == null) {
            return;
        }
        TimelineChart.Plot plot = chart.plot();
        p.rect(band.x0(), plot.top(), Math.max(0.5, band.x1() - band.x0()), plot.bottom() - plot.top(), c.outageFill(),
                null, 0);
        boolean openStart = band.open() && Math.abs(band.x0() - plot.left()) < 0.01;
        boolean openEnd = band.open() && !openStart;
        p.line(band.x0(), plot.top(), band.x0(), plot.bottom(), c.outageEdge(), 1, openStart);
        p.line(band.x1(), plot.top(), band.x1(), plot.bottom(), c.outageEdge(), 1, openEnd);
    }

    private static void lanes(TimelineChart chart, ChartPainter p, ChartColors c) {
        TimelineChart.Plot plot = chart.plot();
        double r = TimelineChart.MARK_RADIUS;
        for (int i = 0; i < chart.lanes().size(); i++) {
            TimelineChart.Lane lane = chart.lanes().get(i);
            if (i > 0) {
                double y = lane.y() - TimelineChartLayout.LANE / 2;
                p.line(plot.left(), y, plot.right(), y, c.grid(), 0.5, false);
            }
            lane.shape().paint(p, TimelineChartLayout.PAD + r + 1, lane.y(), r, lane.color(), c.outline());
            p.text(TimelineChartLayout.PAD + 2 * r + 5, lane.y() + TimelineChartLayout.LABEL * 0.35, lane.label(),
                    TimelineChartLayout.LABEL, false, c.text(), Anchor.START);
        }
    }

    private static void milestones(TimelineChart chart, ChartPainter p, ChartColors c) {
        for (TimelineChart.Milestone m : chart.milestones()) {
            p.line(m.x(), m.labelY() + 2, m.x(), chart.plot().bottom(), c.milestone(), 0.7, true);
        }
        for (TimelineChart.Milestone m : chart.milestones()) {
            halo(p, m.labelX(), m.labelY(), m.labelWidth(), m.anchor(), c);
            p.text(m.labelX(), m.labelY(), m.label(), TimelineChartLayout.SMALL, true, c.text(), m.anchor());
        }
    }

    private static void spans(TimelineChart chart, ChartPainter p, ChartColors c) {
        for (TimelineChart.Span s : chart.spans()) {
            String color = "Outage".equals(s.name()) ? c.outageEdge() : c.muted();
            p.line(s.x0(), s.y(), s.x1(), s.y(), color, 0.9, false);
            p.line(s.x0(), s.y() - 3, s.x0(), s.y() + 2, color, 0.9, false);
            p.line(s.x1(), s.y() - 3, s.x1(), s.y() + 2, color, 0.9, false);
            halo(p, s.labelX(), s.y() - 2.5, s.labelWidth(), s.anchor(), c);
            p.text(s.labelX(), s.y() - 2.5, s.label(), TimelineChartLayout.SMALL, false, color, s.anchor());
        }
    }

    /** The background behind a label, so that the dashed lines it crosses do not cross its letters. */
    private static void halo(ChartPainter p, double x, double baseline, double width, Anchor anchor, ChartColors c) {
        double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2 : x - width;
        p.rect(left - 1.5, baseline - TimelineChartLayout.SMALL * 0.8, width + 3, TimelineChartLayout.SMALL + 0.5,
                c.background(), null, 0);
    }

    /**
     * Single events as their kind's shape; groups as bars whose height grows with their number
     * (against the lane's largest group), so that a burst stands out in a lane of many events.
     */
    private static void marks(TimelineChart chart, ChartPainter p, ChartColors c) {
        double r = TimelineChart.MARK_RADIUS;
        java.util.Map<Double, Integer> largest = new java.util.HashMap<>();
        for (TimelineChart.Mark m : chart.marks()) {
            largest.merge(m.y(), m.count(), Math::max);
        }
        for (TimelineChart.Mark m : chart.marks()) {
            if (m.count() == 1) {
                m.shape().paint(p, m.x0(), m.y(), r, m.color(), c.outline());
            } else {
                double half = r * (0.4 + 0.6 * Math.sqrt(m.count() / (double) largest.get(m.y())));
                p.rect(m.x0() - r, m.y() - half, m.x1() - m.x0() + 2 * r, 2 * half, m.color(), c.outline(), 0.6);
                if (m.countLabel() != null) {
                    double w = TextMeasure.APPROXIMATE.width(m.countLabel(), TimelineChartLayout.SMALL - 1, true);
                    halo(p, m.x1() + r + 2, m.y() + 2, w, Anchor.START, c);
                    p.text(m.x1() + r + 2, m.y() + 2, m.countLabel(), TimelineChartLayout.SMALL - 1, true, c.text(),
                            Anchor.START);
                }
            }
        }
    }

    private static void axis(TimelineChart chart, ChartPainter p, ChartColors c) {
        TimelineChart.Plot plot = chart.plot();
        p.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), c.axis(), 0.8, false);
        for (TimelineChart.Tick tick : chart.ticks()) {
            p.line(tick.x(), plot.bottom(), tick.x(), plot.bottom() + 3, c.axis(), 0.8, false);
            p.text(tick.x(), plot.bottom() + 11, tick.label(), TimelineChartLayout.LABEL, false, c.muted(), Anchor.MIDDLE);
        }
        for (TimelineChart.DayMark day : chart.days()) {
            if (!day.label().isEmpty()) {
                p.text(day.x() + 2, plot.bottom() + 21, day.label(), TimelineChartLayout.SMALL, true, c.text(), Anchor.START);
            }
        }
    }
}
