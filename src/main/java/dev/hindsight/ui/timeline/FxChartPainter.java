package dev.hindsight.ui.timeline;

import dev.hindsight.export.chart.ChartPainter;
import dev.hindsight.export.chart.TextMeasure;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A {@link ChartPainter} on a JavaFX canvas, measuring text with the fonts it draws with. */
final class FxChartPainter implements ChartPainter {
    private static final Map<String, Font> FONTS = new HashMap<>();
    private final GraphicsContext g;

    FxChartPainter(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.BUTT);
    }

    static Font font(double size, boolean bold) {
        return FONTS.computeIfAbsent(size + (bold ? "b" : ""), k -> Font.font(Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    static final TextMeasure MEASURE = (text, size, bold) -> {
        Text t = new Text(text);
        t.setFont(font(size, bold));
        return t.getLayoutBounds().getWidth();
    };

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(Color.web(fill));
            g.fillRect(x, y, width, height);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, false);
            g.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void polygon(double[] points, String fill, String stroke, double strokeWidth) {
        int n = points.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        if (fill != null) {
            g.setFill(Color.web(fill));
            g.fillPolygon(xs, ys, n);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, false);
            g.strokePolygon(xs, ys, n);
        }
    }

    @Override
    public void circle(double cx, double cy, double radius, String fill, String stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(Color.web(fill));
            g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, false);
            g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String color, Anchor anchor) {
        g.setFont(font(size, bold));
        g.setFill(Color.web(color));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(anchor == Anchor.START ? TextAlignment.LEFT
                : anchor == Anchor.MIDDLE ? TextAlignment.CENTER : TextAlignment.RIGHT);
        g.fillText(text, x, y);
    }

    @Override
    public void hatch(double x, double y, double width, double height, String color, double spacing) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
        stroke(color, 0.6, false);
        for (double d = -height; d < width; d += spacing) {
            g.strokeLine(x + d, y + height, x + d + height, y);
        }
        g.restore();
    }

    private void stroke(String color, double width, boolean dashed) {
        g.setStroke(Color.web(color));
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {2, 2} : null);
    }
}
