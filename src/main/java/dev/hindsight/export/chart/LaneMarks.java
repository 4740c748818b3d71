package dev.hindsight.export.chart;

import dev.hindsight.model.EntryKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The marks of a lane of the timeline chart: events of one kind closer than a mark's width are
 * one mark with their number, so a lane never holds more marks than it has room for, however
 * many events there are; and the stretches of misleading paths.
 */
final class LaneMarks {
    private final ToDoubleFunction<Instant> x;
    private final TextMeasure measure;
    private final double right;

    LaneMarks(ToDoubleFunction<Instant> x, TextMeasure measure, double right) {
        this.x = x;
        this.measure = measure;
        this.right = right;
    }

    /** Events of one lane, in time order, as marks: those closer than a mark's width together. */
    List<TimelineChart.Mark> marks(List<TimelineChartLayout.Timed> lane, double y, MarkShape shape, String color) {
        double size = 2 * TimelineChart.MARK_RADIUS;
        List<TimelineChart.Mark> out = new ArrayList<>();
        int i = 0;
        while (i < lane.size()) {
            double first = x.applyAsDouble(lane.get(i).at());
            int j = i + 1;
            while (j < lane.size() && x.applyAsDouble(lane.get(j).at()) - first < size) {
                j++;
            }
            int[] entries = new int[j - i];
            for (int k = i; k < j; k++) {
                entries[k - i] = lane.get(k).index();
            }
            out.add(new TimelineChart.Mark(first, x.applyAsDouble(lane.get(j - 1).at()), y, shape, color, entries, lane.get(i).at(),
                    lane.get(j - 1).at(), null));
            i = j;
        }
        return countLabels(out);
    }

    /** A group's number where it fits: inside its bar, else just after it before the next mark. */
    List<TimelineChart.Mark> countLabels(List<TimelineChart.Mark> marks) {
        List<TimelineChart.Mark> out = new ArrayList<>(marks.size());
        double r = TimelineChart.MARK_RADIUS;
        for (int i = 0; i < marks.size(); i++) {
            TimelineChart.Mark m = marks.get(i);
            String label = null;
            if (m.count() > 1) {
                String text = "\u00D7" + m.count();
                double w = measure.width(text, TimelineChartLayout.SMALL - 1, true);
                double nextStart = i + 1 < marks.size() ? marks.get(i + 1).x0() - r : right + r;
                if (m.x1() + r + 2 + w + 2 <= nextStart) {
                    label = text;
                }
            }
            out.add(label == null ? m : new TimelineChart.Mark(m.x0(), m.x1(), m.y(), m.shape(), m.color(), m.entries(),
                    m.from(), m.to(), label));
        }
        return out;
    }

    /** From each misleading event to the next event that is neither misleading nor a note; overlapping ones joined. */
    List<TimelineChart.Stretch> misleading(List<TimelineChartLayout.Timed> timed, double y) {
        List<TimelineChart.Stretch> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < timed.size(); i++) {
            if (!EntryKind.MISLEADING.equals(timed.get(i).kind())) {
                continue;
            }
            next = Math.max(next, i + 1);
            while (next < timed.size() && (EntryKind.MISLEADING.equals(timed.get(next).kind())
                    || EntryKind.NOTE.equals(timed.get(next).kind()))) {
                next++;
            }
            double x0 = x.applyAsDouble(timed.get(i).at());
            double x1 = next < timed.size() ? x.applyAsDouble(timed.get(next).at()) : x0;
            if (!out.isEmpty() && out.get(out.size() - 1).x1() >= x0) {
                TimelineChart.Stretch last = out.remove(out.size() - 1);
                out.add(new TimelineChart.Stretch(last.x0(), Math.max(last.x1(), x1), y));
            } else {
                out.add(new TimelineChart.Stretch(x0, x1, y));
            }
        }
        return out;
    }
}
