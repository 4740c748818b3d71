package dev.hindsight.export.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round grid lines for the review's charts: tops above every value, round steps, whole steps for counts. */
class NiceScaleTest {
    @Test
    void byHand() {
        assertThat(NiceScale.of(47, 5)).isEqualTo(new NiceScale(50, 10));
        assertThat(NiceScale.of(2, 5)).isEqualTo(new NiceScale(2, 0.5));
        assertThat(NiceScale.whole(2, 5)).isEqualTo(new NiceScale(2, 1));
        assertThat(NiceScale.whole(0, 5)).isEqualTo(new NiceScale(1, 1));
        assertThat(NiceScale.whole(175, 5)).isEqualTo(new NiceScale(200, 50));
    }

    @Test
    void generatedMaximaGetATopAboveThemAndRoundStepsWholeForCounts() {
        Random random = new Random(17);
        for (int n = 0; n < 5000; n++) {
            double max = random.nextBoolean() ? random.nextInt(500) : random.nextDouble() * Math.pow(10, random.nextInt(6) - 2);
            for (NiceScale scale : new NiceScale[] {NiceScale.of(max, 5), NiceScale.whole(Math.ceil(max), 5)}) {
                assertThat(scale.top()).as("max %s", max).isGreaterThanOrEqualTo(max - 1e-9);
                double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step()) + 1e-12));
                assertThat(Math.round(mantissa * 1000) / 1000.0).as("step %s", scale.step()).isIn(1.0, 2.0, 5.0);
                assertThat(scale.ticks().length).as("max %s", max).isBetween(2, 11);
            }
            NiceScale counts = NiceScale.whole(Math.ceil(max), 5);
            assertThat(counts.step()).isGreaterThanOrEqualTo(1).isEqualTo(Math.rint(counts.step()));
        }
    }
}
