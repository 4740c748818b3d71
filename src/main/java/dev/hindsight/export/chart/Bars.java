package dev.hindsight.export.chart;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/** Bars in a plot: stacked or side by side along a category axis, or horizontal for ranked counts. */
public final class Bars {
    private static final float GAP = 0.25f;

    private Bars() {
    }

    /** The largest total a stacked chart of {@code series} reaches, for its scale. */
    public static double stackedMax(List<Series> series, int categories) {
        double max = 0;
        for (int i = 0; i < categories; i++) {
            double sum = 0;
            for (Series s : series) {
                sum += Double.isNaN(s.value(i)) ? 0 : s.value(i);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /** The largest single value of {@code series}. */
    public static double max(List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Double.isNaN(v) ? max : Math.max(max, v);
            }
        }
        return max;
    }

    /** Vertical bars, the series stacked in order from the base up. */
    public static void stacked(PdfContentByte canvas, ChartArea plot, CategoryAxis categories, ValueAxis values,
                               List<Series> series) {
        float band = categories.band(plot.width());
        float width = band * (1 - GAP);
        for (int i = 0; i < categories.size(); i++) {
            float x = plot.left() + band * i + (band - width) / 2;
            double base = 0;
            for (Series s : series) {
                double v = s.value(i);
                if (Double.isNaN(v) || v <= 0) {
                    continue;
                }
                float y0 = plot.bottom() + values.offset(base, plot.height());
                float y1 = plot.bottom() + values.offset(base + v, plot.height());
                box(canvas, x, y0, width, y1 - y0, s.color());
                base += v;
            }
        }
    }

    /** Vertical bars, the series side by side within each category; a missing value leaves its place empty. */
    public static void grouped(PdfContentByte canvas, ChartArea plot, CategoryAxis categories, ValueAxis values,
                               List<Series> series) {
        float band = categories.band(plot.width());
        float group = band * (1 - GAP);
        float width = group / Math.max(1, series.size());
        for (int i = 0; i < categories.size(); i++) {
            float x = plot.left() + band * i + (band - group) / 2;
            for (int k = 0; k < series.size(); k++) {
                double v = series.get(k).value(i);
                if (!Double.isNaN(v) && v > 0) {
                    box(canvas, x + k * width, plot.bottom(), width, values.offset(v, plot.height()), series.get(k).color());
                }
            }
        }
    }

    /** Horizontal bars of one series, the first category at the top. */
    public static void horizontal(PdfContentByte canvas, ChartArea plot, CategoryAxis categories, ValueAxis values,
                                  Series series) {
        float band = categories.band(plot.height());
        float height = band * (1 - GAP);
        for (int i = 0; i < categories.size(); i++) {
            double v = series.value(i);
            if (!Double.isNaN(v) && v > 0) {
                float y = plot.top() - band * (i + 1) + (band - height) / 2;
                box(canvas, plot.left(), y, values.offset(v, plot.width()), height, series.color());
            }
        }
    }

    static void box(PdfContentByte canvas, float x, float y, float width, float height, Color color) {
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.rectangle(x, y, width, height);
        canvas.fill();
        canvas.restoreState();
    }
}
