package dev.hindsight.export.chart;

/**
 * A value axis from zero to a round top with round steps (1, 2 or 5 times a power of ten), so
 * that grid lines fall on numbers people read at a glance: 0, 5, 10, 15 rather than 0, 4.7, 9.4.
 */
public record NiceScale(double top, double step) {

    /** The scale for values up to {@code max}, with about {@code ticks} steps (at least 1 step of 1 when empty). */
    public static NiceScale of(double max, int ticks) {
        if (!(max > 0)) {
            return new NiceScale(1, 1);
        }
        double rough = max / Math.max(1, ticks);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        double step = nice * power;
        return new NiceScale(Math.ceil(max / step - 1e-9) * step, step);
    }

    /**
     * The scale for values that are all whole numbers (counts of incidents, of reports): steps of
     * at least 1, so that no grid line reads "1.5 incidents".
     */
    public static NiceScale whole(double max, int ticks) {
        NiceScale scale = of(max, ticks);
        return scale.step >= 1 ? scale : new NiceScale(Math.max(1, Math.ceil(max)), 1);
    }

    /** The tick values from 0 to the top, both included. */
    public double[] ticks() {
        int n = (int) Math.round(top / step);
        double[] out = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            out[i] = i * step;
        }
        return out;
    }

    /** A tick value as text: whole numbers without a fraction, others with the fewest decimals the step needs. */
    public String label(double value) {
        if (step >= 1 || value == Math.rint(value)) {
            return Long.toString(Math.round(value));
        }
        int decimals = (int) Math.ceil(-Math.log10(step));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
