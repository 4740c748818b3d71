package dev.hindsight.export.chart;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/**
 * A whole bar chart drawn in an area: title, legend, axes and bars, in one of three shapes.
 * Built from the parts of this package, which a chart of another kind (a timeline) can use alone.
 */
public final class BarChart {
    /** How the series are drawn. */
    public enum Shape { STACKED, GROUPED, HORIZONTAL }

    private static final Color TITLE = new Color(0x1F2328);
    private static final float TITLE_SIZE = 10;
    private static final float LABEL_SIZE = 7.5f;

    private final String title;
    private final Shape shape;
    private final CategoryAxis categories;
    private final List<Series> series;
    private final String unit;

    public BarChart(String title, Shape shape, List<String> categories, List<Series> series, String unit) {
        this.title = title;
        this.shape = shape;
        this.categories = new CategoryAxis(categories);
        this.series = List.copyOf(series);
        this.unit = unit;
    }

    public void draw(PdfContentByte canvas, ChartArea area, ChartText text) {
        text.draw(canvas, text.fit(title, TITLE_SIZE, true, area.width()), area.left(), area.top() - TITLE_SIZE, TITLE_SIZE,
                true, TITLE, ChartText.Align.LEFT, 0);
        float top = TITLE_SIZE + 8;
        if (shape != Shape.HORIZONTAL && series.size() > 1) {
            Legend.draw(canvas, area.left(), area.top() - top - LABEL_SIZE, series, text, LABEL_SIZE);
            top += LABEL_SIZE + 8;
        }
        if (categories.size() == 0) {
            text.draw(canvas, "No report here has this.", area.left(), area.top() - top - 14, LABEL_SIZE + 1, false,
                    TITLE, ChartText.Align.LEFT, 0);
            return;
        }
        double max = shape == Shape.STACKED ? Bars.stackedMax(series, categories.size()) : Bars.max(series);
        ValueAxis values = new ValueAxis(wholeValues() ? NiceScale.whole(max, 5) : NiceScale.of(max, 5), unit);
        if (shape == Shape.HORIZONTAL) {
            float room = Math.min(area.width() * 0.4f, labelRoom(text));
            ChartArea plot = area.inset(room, 2 * LABEL_SIZE + 8, 8, top + 4);
            values.drawBelow(canvas, plot, text, LABEL_SIZE);
            categories.drawLeft(canvas, plot, text, LABEL_SIZE, room);
            Bars.horizontal(canvas, plot, categories, values, series.get(0));
            return;
        }
        float below = turned(text, area.width() - 36) ? 40 : LABEL_SIZE + 8;
        ChartArea plot = area.inset(36, below, 6, top + (unit.isEmpty() ? 4 : LABEL_SIZE + 8));
        values.drawLeft(canvas, plot, text, LABEL_SIZE);
        categories.drawBelow(canvas, plot, text, LABEL_SIZE);
        if (shape == Shape.STACKED) {
            Bars.stacked(canvas, plot, categories, values, series);
        } else {
            Bars.grouped(canvas, plot, categories, values, series);
        }
    }

    /** Whether every value drawn is a whole number (a count), so the axis steps by whole numbers too. */
    private boolean wholeValues() {
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v) && v != Math.rint(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private float labelRoom(ChartText text) {
        float widest = 0;
        for (int i = 0; i < categories.size(); i++) {
            widest = Math.max(widest, text.width(categories.label(i), LABEL_SIZE, false));
        }
        return widest + 10;
    }

    private boolean turned(ChartText text, float width) {
        float band = categories.band(width);
        for (int i = 0; i < categories.size(); i++) {
            if (text.width(categories.label(i), LABEL_SIZE, false) > band - CategoryAxis.GAP) {
                return true;
            }
        }
        return false;
    }
}
