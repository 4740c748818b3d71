package dev.hindsight.ui.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a one-line field keeps of typed or pasted text. */
class OneLineTextTest {
    @Test
    void lineBreaksAndTabsBecomeSpacesAndOtherControlsGo() {
        assertThat(OneLineText.of("one\r\ntwo\rthree\nfour\tfive\u2028six")).isEqualTo("one two three four five six");
        assertThat(OneLineText.of("bell\u0007 nul\u0000 del\u007f")).isEqualTo("bell nul del");
        assertThat(OneLineText.of("plain")).isSameAs("plain");
    }

    @Test
    void generatedTextKeepsEveryOtherCharacterInOrderAndNoControlIsLeft() {
        char[] alphabet = {'a', 'Z', ' ', '\n', '\r', '\t', '\u0000', '\u0007', '\u007f', '\u0085', 'é', '\u2028',
                '\u0627', '\ud83d', '\ude00', '\u000b'};
        Random random = new Random(4051L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder in = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                in.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = in.toString();
            String out = OneLineText.of(text);
            assertThat(out.chars().noneMatch(Character::isISOControl)).as(text).isTrue();
            assertThat(out.chars().filter(c -> c == '\u2028').count()).isZero();
            String kept = text.replaceAll("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]", "");
            assertThat(out.replace(" ", "")).as(text).isEqualTo(kept.replace(" ", ""));
            long breaks = text.replace("\r\n", "\n").chars()
                    .filter(c -> c == '\n' || c == '\r' || c == '\t' || c == '\u000b' || c == '\f' || c == '\u2028'
                            || c == '\u2029' || c == ' ').count();
            assertThat(out.chars().filter(c -> c == ' ').count()).as(text).isEqualTo(breaks);
        }
    }
}
