package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.check.ProseText;
import dev.hindsight.model.TextPlace;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any text a report can hold, checked without a crash: generated from Markdown fragments, other
 * scripts, surrogate pairs, control characters and long runs; every finding names exactly the words
 * at its offsets, and prose spans stay inside the text, in order.
 */
class HostileTextTest {
    private static final String[] PIECES = {"teh ", "word ", "`code` ", "``", "```\n", "~~~", "    ", "\t", "\n", "\r\n",
        "**", "_", "*", "[", "](", ")", "<", ">", "&amp;", "&", "\\", "'", "\u2019", "-", "--", ".", "..", "/", "@", "#",
        "http://x.y/", "e.g. ", "\u0000", "\u001f", "\u2028", "\ud83d\ude00", "\ud800", "\udc00", "日本語", "עברית", "é",
        "e\u0301", "ﬁ", "İ", "ß", "| a | b |\n|---|---|\n", "> ", "# ", "1. ", "- ", "don't ", "x".repeat(60) + " "};

    @Test
    void generatedTextNeverBreaksTheCheck() {
        SpellingChecker spell = new SpellingChecker(SpellingDictionary.get(SpellingDictionary.Variant.EN_US),
                WordList.technical(), PersonalDictionary.none(), false);
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (TextPlace place : List.of(Spell.block(text), Spell.inline(text), Spell.plain(text))) {
                int last = 0;
                for (ProseText.Span s : ProseText.spans(place)) {
                    assertThat(s.start()).isGreaterThanOrEqualTo(last);
                    assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
                    last = s.end();
                }
                for (Finding f : spell.checkText(place)) {
                    assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
                    assertThat(f.path()).isEqualTo(place.path());
                }
            }
        }
    }
}
