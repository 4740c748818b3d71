package dev.hindsight.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.ui.window.FileNames;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What reaches the window system from a report: generated titles full of what window systems choke on. */
class WindowTextTest {
    /** Pieces a title is built from: plain words in several scripts, and every kind of trouble. */
    private static final String[] WORDS = {"Checkout", " outage ", "データベース", "장애", "हिन्दी", "الخدمة", "שירות",
            "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDCBB", "e\u0301", "\u200E", "\u200F", "\u200D", "\uFE0F"};
    private static final int[] TROUBLE = {0, 1, 7, 8, 9, 10, 13, 0x1B, 0x7F, 0x80, 0x85, 0x9F, 0x2028, 0x2029,
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFDD0, 0xFFFE, 0xFFFF,
            0x1FFFE, 0x10FFFF};

    private static String title(Random random) {
        StringBuilder out = new StringBuilder();
        int parts = random.nextInt(12);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.appendCodePoint(TROUBLE[random.nextInt(TROUBLE.length)]);
                case 1 -> out.append((char) (0xD800 + random.nextInt(0x800))); // half of a surrogate pair
                default -> out.append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return out.toString();
    }

    private static boolean bad(int c) {
        return Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c >= 0xFDD0 && c <= 0xFDEF
                || (c & 0xFFFE) == 0xFFFE || c == 0x2028 || c == 0x2029;
    }

    private static void assertFitForTheWindowSystem(String text) throws CharacterCodingException {
        assertThat(text.codePoints().filter(WindowTextTest::bad).boxed()).as(text).isEmpty();
        // encodes as strict UTF-8: no surrogate half is left
        StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
    }

    /** The code points of {@code text} a window system can take, in order, line breaks as spaces. */
    private static String kept(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028
                    || c == 0x2029) {
                out.append(' ');
            } else if (!bad(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    @Test
    void aCleanedTitleKeepsEveryOtherCharacterInOrder() throws Exception {
        Random random = new Random(11_024);
        for (int i = 0; i < 5_000; i++) {
            String title = title(random);
            String cleaned = WindowText.clean(title);
            assertFitForTheWindowSystem(cleaned);
            assertThat(cleaned).as("from %s", title.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(kept(title));
        }
    }

    @Test
    void aLongTitleIsShortenedInTheMiddleNeverInsideACharacter() throws Exception {
        Random random = new Random(24);
        for (int i = 0; i < 2_000; i++) {
            String title = title(random) + title(random) + title(random) + title(random);
            int max = 5 + random.nextInt(40);
            String shown = WindowText.clean(title, max);
            assertFitForTheWindowSystem(shown);
            String whole = kept(title);
            int length = whole.codePointCount(0, whole.length());
            if (length <= max) {
                assertThat(shown).isEqualTo(whole);
            } else {
                assertThat(shown.codePointCount(0, shown.length())).isEqualTo(max);
                String[] ends = shown.split("\u2026", -1);
                assertThat(whole).startsWith(ends[0]).endsWith(ends[ends.length - 1]);
            }
        }
    }

    @Test
    void aSuggestedFileNameIsFitForTheSaveDialog() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            String name = FileNames.suggest(title(random) + title(random));
            assertFitForTheWindowSystem(name);
            assertThat(name).endsWith(FileNames.EXTENSION).doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|");
        }
        assertThat(FileNames.suggest("Checkout\u0000 down\u202E")).isEqualTo("Checkout down.postmortem.json");
    }
}
