package dev.hindsight.export.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart's colours can be read on their surface, light or dark. */
class ChartColorsTest {

    private static double contrast(String a, String b) {
        double la = ChartColors.luminance(a);
        double lb = ChartColors.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void aSurfaceGetsTheSetForItsLightnessAndKeepsItsOwnColour() {
        assertThat(ChartColors.on("#FFFFFF")).isEqualTo(ChartColors.LIGHT);
        assertThat(ChartColors.on("#0D1117")).isEqualTo(ChartColors.DARK);
        ChartColors greyish = ChartColors.on("#1B1F24");
        assertThat(greyish.background()).isEqualTo("#1B1F24");
        assertThat(greyish.text()).isEqualTo(ChartColors.DARK.text());
        assertThat(ChartColors.on("#F6F8FA").text()).isEqualTo(ChartColors.LIGHT.text());
    }

    @Test
    void textAndLinesStandOutFromTheSurfaceInBothSets() {
        for (ChartColors c : new ChartColors[] {ChartColors.LIGHT, ChartColors.DARK}) {
            assertThat(contrast(c.text(), c.background())).as("text").isGreaterThanOrEqualTo(7);
            assertThat(contrast(c.muted(), c.background())).as("muted text").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(c.outageEdge(), c.background())).as("outage edge").isGreaterThanOrEqualTo(3);
            assertThat(contrast(c.axis(), c.background())).as("axis").isGreaterThanOrEqualTo(3);
            assertThat(contrast(c.text(), c.outageFill())).as("labels on the outage band").isGreaterThanOrEqualTo(7);
        }
    }
}
