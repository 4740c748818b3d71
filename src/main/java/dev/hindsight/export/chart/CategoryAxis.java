package dev.hindsight.export.chart;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/** The axis of categories (months, quarters, tags): equal bands along the plot, each with its label. */
public final class CategoryAxis {
    private static final Color LABEL = new Color(0x1F2328);

    /** The least room between two labels side by side; closer ones are turned. */
    static final float GAP = 6;

    private final List<String> labels;

    public CategoryAxis(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    public int size() {
        return labels.size();
    }

    public String label(int i) {
        return labels.get(i);
    }

    /** The width of one band along {@code length}. */
    public float band(float length) {
        return length / Math.max(1, labels.size());
    }

    /** Labels centred under the bands of {@code plot}; turned when they would not fit side by side. */
    public void drawBelow(PdfContentByte canvas, ChartArea plot, ChartText text, float size) {
        float band = band(plot.width());
        boolean turn = labels.stream().anyMatch(l -> text.width(l, size, false) > band - GAP);
        for (int i = 0; i < labels.size(); i++) {
            float x = plot.left() + band * (i + 0.5f);
            if (turn) {
                text.draw(canvas, text.fit(labels.get(i), size, false, 60), x + size / 3, plot.bottom() - 4, size, false,
                        LABEL, ChartText.Align.RIGHT, 45);
            } else {
                text.draw(canvas, labels.get(i), x, plot.bottom() - size - 3, size, false, LABEL, ChartText.Align.CENTER, 0);
            }
        }
    }

    /** Labels right-aligned left of the bands of {@code plot}, the first at the top (horizontal bars). */
    public void drawLeft(PdfContentByte canvas, ChartArea plot, ChartText text, float size, float room) {
        float band = band(plot.height());
        for (int i = 0; i < labels.size(); i++) {
            float y = plot.top() - band * (i + 0.5f) - size / 3;
            text.draw(canvas, text.fit(labels.get(i), size, false, room - 6), plot.left() - 6, y, size, false, LABEL,
                    ChartText.Align.RIGHT, 0);
        }
    }
}
