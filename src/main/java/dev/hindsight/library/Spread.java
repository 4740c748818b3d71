package dev.hindsight.library;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How a duration is spread over reports: how many reports have it, and its median and 90th
 * percentile in seconds (empty without reports). {@link Quantiles} says how they are computed.
 */
public record Spread(int count, OptionalDouble median, OptionalDouble p90) {
    public static Spread of(Collection<Long> seconds) {
        Quantiles q = Quantiles.of(seconds);
        return new Spread(q.count(), q.median(), q.p90());
    }
}
