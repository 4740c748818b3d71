package dev.hindsight.export.chart;

/** How wide text is on the surface a chart is drawn on, so that labels are placed where they fit. */
@FunctionalInterface
public interface TextMeasure {
    double width(String text, double size, boolean bold);

    /**
     * Widths close to DejaVu Sans' (a little wide rather than narrow), for tests and for surfaces
     * without font metrics.
     */
    TextMeasure APPROXIMATE = (text, size, bold) -> {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c == ' ' ? 0.32 : Character.isDigit(c) ? 0.64 : Character.isUpperCase(c) ? 0.72
                    : Character.isLowerCase(c) ? 0.6 : 0.45;
        }
        return em * size * (bold ? 1.1 : 1.0);
    };
}
