package dev.hindsight.export.chart;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/**
 * How a chart writes and measures its words. The export's implementation chooses a font per
 * character, as for the rest of the PDF, so a tag in Japanese or a service in Arabic shows.
 */
public interface ChartText {
    enum Align { LEFT, CENTER, RIGHT }

    /** The width of {@code text} at {@code size} points. */
    float width(String text, float size, boolean bold);

    /** Writes {@code text} with its baseline at {@code y}, aligned at {@code x}, turned by {@code rotation} degrees. */
    void draw(PdfContentByte canvas, String text, float x, float y, float size, boolean bold, Color color, Align align,
              float rotation);

    /** {@code text} shortened with an ellipsis to fit {@code width}. */
    default String fit(String text, float size, boolean bold, float width) {
        if (width(text, size, bold) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "\u2026", size, bold) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.isEmpty() ? "" : cut + "\u2026";
    }
}
