package dev.hindsight.export.chart;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The timeline chart of a report, laid out: where everything goes, in the units of the surface
 * it was laid out for, computed once in plain code ({@link TimelineChartLayout}) and drawn by
 * {@link TimelineChartPainter} on any {@link ChartPainter}. A time axis in the report's zone
 * with the days marked, the outage window shaded, one lane per kind with a mark per event (or
 * per group of events too close to tell apart), misleading paths hatched, and the milestones
 * with the time-to-X spans between them. The {@code caption} is drawn below as
 * {@code captionLines}, broken where it would be wider than the chart.
 */
public record TimelineChart(double width, double height, Plot plot, List<Lane> lanes, List<Tick> ticks,
                            List<DayMark> days, Band outage, List<Mark> marks, List<Stretch> misleading,
                            List<Milestone> milestones, List<Span> spans, String caption,
                            List<String> captionLines) {

    /** Half the size of a mark. */
    public static final double MARK_RADIUS = 3.5;

    public TimelineChart {
        lanes = List.copyOf(lanes);
        ticks = List.copyOf(ticks);
        days = List.copyOf(days);
        marks = List.copyOf(marks);
        misleading = List.copyOf(misleading);
        milestones = List.copyOf(milestones);
        spans = List.copyOf(spans);
        captionLines = List.copyOf(captionLines);
    }

    /** The area the lanes fill: time runs from {@code left} to {@code right}. */
    public record Plot(double left, double right, double top, double bottom) {
    }

    /** A kind's row: its label and shape at the left, its marks along {@code y}. */
    public record Lane(String label, String color, MarkShape shape, double y) {
    }

    /** A time on the axis, with its label ({@code 11:30}, {@code 12 Jun}, {@code 2024}). */
    public record Tick(double x, String label) {
    }

    /** Midnight in the report's zone, where a new day starts; the first day is at the plot's left. */
    public record DayMark(double x, String label, boolean midnight) {
    }

    /** The outage window; {@code open} when one of its ends is not set and it runs to the plot's edge. */
    public record Band(double x0, double x1, String label, boolean open) {
    }

    /**
     * One event, or several of one kind too close to tell apart (drawn from {@code x0} to
     * {@code x1} with their number): {@code entries} are their indexes in the timeline, in time
     * order; {@code from} and {@code to} their first and last times.
     */
    public record Mark(double x0, double x1, double y, MarkShape shape, String color, int[] entries, Instant from,
                       Instant to, String countLabel) {
        public int count() {
            return entries.length;
        }

        /** Whether {@code (x, y)} is on the mark, with a little room around it for a pointer. */
        public boolean contains(double px, double py) {
            double r = MARK_RADIUS + 2;
            return px >= x0 - r && px <= x1 + r && py >= y - r && py <= y + r;
        }
    }

    /** Time spent on a path that turned out wrong: from a misleading event to the next event that was not. */
    public record Stretch(double x0, double x1, double y) {
    }

    /** Detected, responded, mitigated, resolved (and the start): a dashed line and its label at ({@code labelX}, {@code labelY}). */
    public record Milestone(String name, double x, String label, double labelX, double labelY,
                            ChartPainter.Anchor anchor, double labelWidth) {
    }

    /** A time-to-X span drawn as a bracket from {@code x0} to {@code x1} at {@code y}, its label at {@code labelX}. */
    public record Span(String name, double x0, double x1, double y, String label, double labelX,
                       ChartPainter.Anchor anchor, double labelWidth) {
    }

    /** The mark at {@code (x, y)}, if any: the one whose middle is nearest when marks touch. */
    public Optional<Mark> markAt(double x, double y) {
        Mark best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Mark m : marks) {
            if (m.contains(x, y)) {
                double distance = Math.abs((m.x0() + m.x1()) / 2 - x);
                if (distance < bestDistance) {
                    best = m;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether there is anything to draw: times of events or of the outage. */
    public boolean isEmpty() {
        return lanes.isEmpty() && outage == null;
    }
}
