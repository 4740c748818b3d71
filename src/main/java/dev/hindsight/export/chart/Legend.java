package dev.hindsight.export.chart;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/** The names of a chart's series in one row, each after a swatch of its colour. */
public final class Legend {
    private static final Color LABEL = new Color(0x1F2328);

    private Legend() {
    }

    /** Draws the legend from {@code x} along the baseline {@code y}; returns where it ends. */
    public static float draw(PdfContentByte canvas, float x, float y, List<Series> series, ChartText text, float size) {
        float at = x;
        for (Series s : series) {
            Bars.box(canvas, at, y - 1, size, size, s.color());
            at += size + 4;
            text.draw(canvas, s.name(), at, y, size, false, LABEL, ChartText.Align.LEFT, 0);
            at += text.width(s.name(), size, false) + 12;
        }
        return at;
    }
}
