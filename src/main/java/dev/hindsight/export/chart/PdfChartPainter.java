package dev.hindsight.export.chart;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/**
 * A {@link ChartPainter} over OpenPDF's content (a page or a template): vectors and embedded
 * text, no bitmap, so a chart prints sharp at any size. Turns the chart's top-down coordinates
 * into the PDF's bottom-up ones.
 */
public final class PdfChartPainter implements ChartPainter {
    private final PdfContentByte content;
    private final double height;
    private final BaseFont regular;
    private final BaseFont bold;

    /** @param height the height of the surface, in points, to turn y upside down */
    public PdfChartPainter(PdfContentByte content, double height, BaseFont regular, BaseFont bold) {
        this.content = content;
        this.height = height;
        this.regular = regular;
        this.bold = bold;
    }

    /** Widths of text as a painter with these fonts sets it, to lay the chart out before it is drawn. */
    public static TextMeasure measure(BaseFont regular, BaseFont bold) {
        return (text, size, isBold) -> (isBold ? bold : regular).getWidthPoint(text, (float) size);
    }

    private float y(double y) {
        return (float) (height - y);
    }

    @Override
    public void rect(double x, double y, double width, double h, String fill, String stroke, double strokeWidth) {
        content.saveState();
        content.rectangle((float) x, y(y + h), (float) width, (float) h);
        finish(fill, stroke, strokeWidth);
        content.restoreState();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        content.saveState();
        if (dashed) {
            content.setLineDash(2f, 2f, 0f);
        }
        content.moveTo((float) x1, y(y1));
        content.lineTo((float) x2, y(y2));
        finish(null, stroke, width);
        content.restoreState();
    }

    @Override
    public void polygon(double[] points, String fill, String stroke, double strokeWidth) {
        content.saveState();
        content.moveTo((float) points[0], y(points[1]));
        for (int i = 2; i < points.length; i += 2) {
            content.lineTo((float) points[i], y(points[i + 1]));
        }
        content.closePath();
        finish(fill, stroke, strokeWidth);
        content.restoreState();
    }

    @Override
    public void circle(double cx, double cy, double radius, String fill, String stroke, double strokeWidth) {
        content.saveState();
        content.circle((float) cx, y(cy), (float) radius);
        finish(fill, stroke, strokeWidth);
        content.restoreState();
    }

    @Override
    public void text(double x, double y, String text, double size, boolean isBold, String color, Anchor anchor) {
        int align = anchor == Anchor.START ? PdfContentByte.ALIGN_LEFT
                : anchor == Anchor.MIDDLE ? PdfContentByte.ALIGN_CENTER : PdfContentByte.ALIGN_RIGHT;
        content.saveState();
        content.beginText();
        content.setFontAndSize(isBold ? bold : regular, (float) size);
        content.setColorFill(color(color));
        content.showTextAligned(align, text, (float) x, y(y), 0);
        content.endText();
        content.restoreState();
    }

    @Override
    public void hatch(double x, double y, double width, double h, String color, double spacing) {
        content.saveState();
        content.rectangle((float) x, y(y + h), (float) width, (float) h);
        content.clip();
        content.newPath();
        for (double d = -h; d < width; d += spacing) {
            content.moveTo((float) (x + d), y(y + h));
            content.lineTo((float) (x + d + h), y(y));
        }
        finish(null, color, 0.5);
        content.restoreState();
    }

    private void finish(String fill, String stroke, double strokeWidth) {
        if (fill != null) {
            content.setColorFill(color(fill));
        }
        if (stroke != null) {
            content.setColorStroke(color(stroke));
            content.setLineWidth((float) strokeWidth);
        }
        if (fill != null && stroke != null) {
            content.fillStroke();
        } else if (fill != null) {
            content.fill();
        } else if (stroke != null) {
            content.stroke();
        } else {
            content.newPath();
        }
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
