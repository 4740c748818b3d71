package dev.hindsight.export.chart;

/** A rectangle of a chart in PDF points (origin at the bottom left, y upwards), and the areas inside it. */
public record ChartArea(float left, float bottom, float width, float height) {
    public float right() {
        return left + width;
    }

    public float top() {
        return bottom + height;
    }

    /** The area with the given margins taken off its sides. */
    public ChartArea inset(float leftInset, float bottomInset, float rightInset, float topInset) {
        return new ChartArea(left + leftInset, bottom + bottomInset, Math.max(1, width - leftInset - rightInset),
                Math.max(1, height - bottomInset - topInset));
    }
}
