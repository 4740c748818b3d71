package dev.hindsight.library;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Medians and percentiles of durations, which are heavily skewed (a mean would mislead).
 * The method is linear interpolation between the two nearest ranks (Hyndman and Fan's type 7,
 * the default of R, NumPy and spreadsheets' {@code PERCENTILE.INC}): with the n values sorted,
 * the p-th percentile sits at rank h = (n − 1)·p counted from 0, between the values at ranks
 * ⌊h⌋ and ⌊h⌋ + 1. The median (p = 0.5) of an even count is therefore the mean of the two
 * middle values, and p90 of one value is that value. Decision record 0014.
 */
public final class Quantiles {
    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Quantiles of(Collection<? extends Number> values) {
        double[] v = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(v);
        return new Quantiles(v);
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th quantile (0 ≤ p ≤ 1), or empty when there are no values. */
    public OptionalDouble at(double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("a quantile is between 0 and 1, not " + p);
        }
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return OptionalDouble.of(sorted[low] + (h - low) * (sorted[high] - sorted[low]));
    }

    public OptionalDouble median() {
        return at(0.5);
    }

    public OptionalDouble p90() {
        return at(0.9);
    }
}
