package dev.hindsight.export.chart;

/**
 * What a chart needs of a drawing surface, and nothing more, so that one chart is drawn the same
 * in the window (JavaFX canvas), in the PDF (vectors) or anywhere else. Coordinates start at the
 * top left, y grows downwards, in the surface's units (pixels, points). Colours are
 * {@code #RRGGBB}; null means none (no fill, no outline).
 */
public interface ChartPainter {
    /** Where text stands relative to its x. */
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    /** A closed shape through the points {@code x0, y0, x1, y1, ...}. */
    void polygon(double[] points, String fill, String stroke, double strokeWidth);

    void circle(double cx, double cy, double radius, String fill, String stroke, double strokeWidth);

    /** Text whose baseline is at {@code y}. */
    void text(double x, double y, String text, double size, boolean bold, String color, Anchor anchor);

    /** Thin diagonal lines across a rectangle, kept inside it: a pattern that reads without colour. */
    void hatch(double x, double y, double width, double height, String color, double spacing);
}
