package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The percentile method (linear between closest ranks, type 7), by hand and against exact arithmetic. */
class QuantilesTest {
    @Test
    void smallCountsByHand() {
        assertThat(Quantiles.of(List.of()).median()).isEmpty();
        assertThat(Quantiles.of(List.of(7)).median()).hasValue(7);
        assertThat(Quantiles.of(List.of(7)).p90()).hasValue(7);
        assertThat(Quantiles.of(List.of(3, 1, 2)).median()).hasValue(2);
        assertThat(Quantiles.of(List.of(4, 1, 3, 2)).median()).as("even: mean of the middle two").hasValue(2.5);
        assertThat(Quantiles.of(List.of(10, 20)).p90()).hasValue(19);
        assertThat(Quantiles.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).p90()).hasValue(10);
        assertThatThrownBy(() -> Quantiles.of(List.of(1)).at(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedListsAgreeWithExactRankArithmetic() {
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(60);
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add((long) random.nextInt(random.nextBoolean() ? 100 : 100_000));
            }
            Quantiles q = Quantiles.of(values);
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            for (int percent : new int[] {0, 10, 50, 90, 100}) {
                assertThat(q.at(percent / 100.0).getAsDouble()).as("p%d of %s", percent, sorted)
                        .isCloseTo(exact(sorted, percent), within(1e-6));
            }
            if (n % 2 == 1) {
                assertThat(q.median()).hasValue(sorted.get(n / 2));
            } else {
                assertThat(q.median().getAsDouble()).isEqualTo((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
            }
        }
    }

    /** Rank (n - 1) * p / 100 as an exact fraction, then the straight line between its two neighbours. */
    private static double exact(List<Long> sorted, int percent) {
        int numerator = (sorted.size() - 1) * percent;
        int low = numerator / 100;
        int high = Math.min(low + 1, sorted.size() - 1);
        BigDecimal fraction = BigDecimal.valueOf(numerator % 100).divide(BigDecimal.valueOf(100), 10, RoundingMode.UNNECESSARY);
        return BigDecimal.valueOf(sorted.get(low)).add(fraction.multiply(BigDecimal.valueOf(sorted.get(high) - sorted.get(low))))
                .doubleValue();
    }
}
