package dev.hindsight.export.chart;

import java.awt.Color;

/** One set of values of a chart, one per category ({@code NaN} where there is none), with its name and colour. */
public record Series(String name, Color color, double[] values) {
    public Series {
        values = values.clone();
    }

    public double value(int i) {
        return values[i];
    }
}
