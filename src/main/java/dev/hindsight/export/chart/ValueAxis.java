package dev.hindsight.export.chart;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/** The axis of values of a bar chart: maps a value to a position along the plot and draws grid lines with labels. */
public final class ValueAxis {
    private static final Color GRID = new Color(0xE1E4E8);
    private static final Color LABEL = new Color(0x59636E);

    private final NiceScale scale;
    private final String unit;

    /** @param unit what the values are ("minutes"), written beside the axis; empty for none */
    public ValueAxis(NiceScale scale, String unit) {
        this.scale = scale;
        this.unit = unit;
    }

    public NiceScale scale() {
        return scale;
    }

    /** The distance from the plot's base for {@code value}, over {@code length} points. */
    public float offset(double value, float length) {
        return (float) (Math.max(0, Math.min(value, scale.top())) / scale.top() * length);
    }

    /** Horizontal grid lines across {@code plot} with their values on the left (for vertical bars). */
    public void drawLeft(PdfContentByte canvas, ChartArea plot, ChartText text, float size) {
        for (double tick : scale.ticks()) {
            float y = plot.bottom() + offset(tick, plot.height());
            line(canvas, plot.left(), y, plot.right(), y, tick == 0 ? LABEL : GRID);
            text.draw(canvas, scale.label(tick), plot.left() - 4, y - size / 3, size, false, LABEL,
                    ChartText.Align.RIGHT, 0);
        }
        if (!unit.isEmpty()) {
            // Over the axis, starting at it: right-aligned before it, a long unit ran off the chart's left edge.
            text.draw(canvas, unit, plot.left(), plot.top() + size, size, false, LABEL, ChartText.Align.LEFT, 0);
        }
    }

    /** Vertical grid lines across {@code plot} with their values below (for horizontal bars). */
    public void drawBelow(PdfContentByte canvas, ChartArea plot, ChartText text, float size) {
        for (double tick : scale.ticks()) {
            float x = plot.left() + offset(tick, plot.width());
            line(canvas, x, plot.bottom(), x, plot.top(), tick == 0 ? LABEL : GRID);
            text.draw(canvas, scale.label(tick), x, plot.bottom() - size - 2, size, false, LABEL, ChartText.Align.CENTER,
                    0);
        }
        if (!unit.isEmpty()) {
            text.draw(canvas, unit, plot.right(), plot.bottom() - 2 * size - 4, size, false, LABEL,
                    ChartText.Align.RIGHT, 0);
        }
    }

    static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2, Color color) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
        canvas.restoreState();
    }
}
