package dev.hindsight.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A value shown in a side panel: its lines kept, shortened to what a panel shows, never a broken character. */
class PanelPartsTest {
    @Test
    void shortTextIsShownAsItIsLinesIncluded() {
        assertThat(PanelParts.shorten("1. Restored\n2. Replayed")).isEqualTo("1. Restored\n2. Replayed");
        assertThat(PanelParts.shorten("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
    }

    @Test
    void longTextIsShortenedWithinTheLimitsWhateverItHolds() {
        String[] pieces = {"database ", "\n", "🔥", "база ", "قاعدة ", "\r\n", "x", "\u202E", "データ"};
        Random random = new Random(27);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String shown = PanelParts.shorten(text.toString());
            assertThat(shown.codePointCount(0, shown.length())).as("round %d", round)
                    .isLessThanOrEqualTo(PanelParts.SHOWN);
            assertThat(shown.split("\n", -1).length).isLessThanOrEqualTo(PanelParts.LINES + 1);
            assertThat(shown.chars().noneMatch(c -> c == '\u202E' || c == '\r')).isTrue();
            for (int i = 0; i < shown.length(); i++) {
                char c = shown.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))).isTrue();
                }
            }
            String clean = text.toString().replace("\u202E", "").replace("\r\n", "\n");
            if (clean.codePointCount(0, clean.length()) < PanelParts.SHOWN && clean.split("\n", -1).length <= PanelParts.LINES) {
                assertThat(shown).isEqualTo(clean);
            } else {
                assertThat(shown).endsWith("\u2026");
            }
        }
    }
}
