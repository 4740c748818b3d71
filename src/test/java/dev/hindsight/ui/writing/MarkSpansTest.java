package dev.hindsight.ui.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The styles of a field from overlapping findings and highlights, against a character-by-character model. */
class MarkSpansTest {
    private static final String[] RULES = {"spelling", "blameless", "someNewRule"};
    private static final String[] KINDS = {"find", "find-current", "comment", "someKind"};

    @Test
    void everyCharacterHasTheLastListedMarkOfEachLayerAndTheSpansCoverTheText() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 2_000; round++) {
            int length = random.nextInt(60);
            List<Finding> findings = new ArrayList<>();
            List<Highlight> highlights = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                int start = random.nextInt(length + 10);
                int end = start + random.nextInt(12);
                findings.add(new Finding(RULES[random.nextInt(RULES.length)], FindingSeverity.values()[0], "rootCause",
                        "x", start, end, "m", List.of()));
            }
            for (int i = random.nextInt(5); i > 0; i--) {
                int start = random.nextInt(length + 10);
                highlights.add(new Highlight(start, start + random.nextInt(12), KINDS[random.nextInt(KINDS.length)]));
            }
            StyleSpans<String> spans = MarkSpans.of(length, findings, highlights);
            assertThat(spans.length()).isEqualTo(length);
            List<String> perChar = new ArrayList<>();
            for (StyleSpan<String> span : spans) {
                for (int i = 0; i < span.getLength(); i++) {
                    perChar.add(span.getStyle());
                }
            }
            for (int at = 0; at < length; at++) {
                assertThat(perChar.get(at)).as("round %d at %d", round, at).isEqualTo(expected(at, findings, highlights));
            }
        }
    }

    private static String expected(int at, List<Finding> findings, List<Highlight> highlights) {
        String under = "";
        for (Finding f : findings) {
            if (f.start() <= at && at < f.end()) {
                under = MarkLooks.finding(f.rule());
            }
        }
        String back = "";
        for (Highlight h : highlights) {
            if (h.start() <= at && at < h.end()) {
                back = MarkLooks.highlight(h.kind());
            }
        }
        return under.isEmpty() ? back : back.isEmpty() ? under : under + " " + back;
    }

    @Test
    void eachRuleHasItsOwnColourAndSpellingIsRed() {
        assertThat(MarkLooks.finding("spelling")).contains("#d1242f").contains("-rtfx-underline-wave-radius");
        assertThat(MarkLooks.ruleColour("blameless")).isNotEqualTo(MarkLooks.ruleColour("spelling"));
        assertThat(MarkLooks.ruleColour("a-rule-added-later")).isEqualTo(MarkLooks.ruleColour("a-rule-added-later"))
                .startsWith("#");
        assertThat(MarkLooks.highlight("find")).isNotEqualTo(MarkLooks.highlight("find-current"));
    }
}
