package dev.hindsight.export.chart;

import java.util.ArrayList;
import java.util.List;

/** A painter that writes down what is drawn, for tests: one line per call, and the texts with their places. */
final class RecordingPainter implements ChartPainter {
    record Drawn(String what, double x, double y, String text, String fill) {
    }

    final List<Drawn> calls = new ArrayList<>();

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth) {
        calls.add(new Drawn("rect", x, y, null, fill));
        calls.add(new Drawn("rect-end", x + width, y + height, null, fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        calls.add(new Drawn(dashed ? "dashed" : "line", x1, y1, null, stroke));
        calls.add(new Drawn("line-end", x2, y2, null, stroke));
    }

    @Override
    public void polygon(double[] points, String fill, String stroke, double strokeWidth) {
        calls.add(new Drawn("polygon" + points.length / 2, points[0], points[1], null, fill));
    }

    @Override
    public void circle(double cx, double cy, double radius, String fill, String stroke, double strokeWidth) {
        calls.add(new Drawn("circle", cx, cy, null, fill));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String color, Anchor anchor) {
        double w = TextMeasure.APPROXIMATE.width(text, size, bold);
        double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
        calls.add(new Drawn("text", left, y, text, color));
        calls.add(new Drawn("text-end", left + w, y, text, color));
    }

    @Override
    public void hatch(double x, double y, double width, double height, String color, double spacing) {
        calls.add(new Drawn("hatch", x, y, null, color));
    }

    List<String> texts() {
        return calls.stream().filter(c -> c.what().equals("text")).map(Drawn::text).toList();
    }
}
