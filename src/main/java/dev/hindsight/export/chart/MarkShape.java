package dev.hindsight.export.chart;

import dev.hindsight.model.EntryKind;
import java.util.Map;

/**
 * The shape of a timeline kind's marks: every kind has its own, so a chart printed in grey (or
 * read by someone who does not tell the colours apart) still tells detection from mitigation.
 */
public enum MarkShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, HEXAGON, STAR, RING;

    private static final Map<EntryKind, MarkShape> SHAPES = Map.of(
            EntryKind.DETECTION, DIAMOND,
            EntryKind.RESPONSE, SQUARE,
            EntryKind.INVESTIGATION, CIRCLE,
            EntryKind.MISLEADING, TRIANGLE_UP,
            EntryKind.ESCALATION, TRIANGLE_DOWN,
            EntryKind.MITIGATION, HEXAGON,
            EntryKind.RESOLUTION, STAR,
            EntryKind.NOTE, RING);

    /** The shape of a kind; kinds this version does not know are rings, like notes. */
    public static MarkShape of(EntryKind kind) {
        return SHAPES.getOrDefault(kind, RING);
    }

    /** Draws the shape centred on {@code (cx, cy)}, about {@code 2 r} across. */
    public void paint(ChartPainter p, double cx, double cy, double r, String fill, String stroke) {
        switch (this) {
            case CIRCLE -> p.circle(cx, cy, r, fill, stroke, 0.6);
            case RING -> p.circle(cx, cy, r * 0.85, "#FFFFFF", stroke, 1.2);
            case SQUARE -> p.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7, fill, stroke, 0.6);
            case DIAMOND -> p.polygon(new double[] {cx, cy - r * 1.2, cx + r * 1.2, cy, cx, cy + r * 1.2, cx - r * 1.2, cy},
                    fill, stroke, 0.6);
            case TRIANGLE_UP -> p.polygon(new double[] {cx, cy - r * 1.15, cx + r * 1.1, cy + r * 0.85, cx - r * 1.1,
                cy + r * 0.85}, fill, stroke, 0.6);
            case TRIANGLE_DOWN -> p.polygon(new double[] {cx - r * 1.1, cy - r * 0.85, cx + r * 1.1, cy - r * 0.85, cx,
                cy + r * 1.15}, fill, stroke, 0.6);
            case HEXAGON -> p.polygon(regular(cx, cy, r * 1.05, 6, 0), fill, stroke, 0.6);
            case STAR -> p.polygon(star(cx, cy, r * 1.3, r * 0.6), fill, stroke, 0.6);
            default -> throw new IllegalStateException(name());
        }
    }

    private static double[] regular(double cx, double cy, double r, int sides, double turn) {
        double[] points = new double[2 * sides];
        for (int i = 0; i < sides; i++) {
            double a = turn + 2 * Math.PI * i / sides;
            points[2 * i] = cx + r * Math.cos(a);
            points[2 * i + 1] = cy + r * Math.sin(a);
        }
        return points;
    }

    private static double[] star(double cx, double cy, double outer, double inner) {
        double[] points = new double[20];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double r = i % 2 == 0 ? outer : inner;
            points[2 * i] = cx + r * Math.cos(a);
            points[2 * i + 1] = cy + r * Math.sin(a);
        }
        return points;
    }
}
