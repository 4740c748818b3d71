package dev.hindsight.export.chart;

import java.util.ArrayList;
import java.util.List;

/** Rows of labels: each placed in the first row where it overlaps nothing. */
final class LabelRows {
    private final List<List<double[]>> rows = new ArrayList<>();
    private final double gap;

    LabelRows(double gap) {
        this.gap = gap;
    }

    int place(double from, double to) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().noneMatch(o -> from < o[1] + gap && to + gap > o[0])) {
                rows.get(r).add(new double[] {from, to});
                return r;
            }
        }
        rows.add(new ArrayList<>(List.<double[]>of(new double[] {from, to})));
        return rows.size() - 1;
    }

    int count() {
        return rows.size();
    }
}
