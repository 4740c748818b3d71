package dev.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.markdown.MarkdownFormatting.Replacement;
import org.junit.jupiter.api.Test;

class MarkdownFormattingTest {
    private static String apply(String text, Replacement r) {
        return text.substring(0, r.start()) + r.text() + text.substring(r.end());
    }

    private static String selected(String text, Replacement r) {
        return apply(text, r).substring(r.selectionStart(), r.selectionEnd());
    }

    @Test
    void boldWrapsTheSelectionAndTogglesBack() {
        String text = "the database vanished";
        Replacement r = MarkdownFormatting.bold(text, 4, 12);
        String bolded = apply(text, r);
        assertThat(bolded).isEqualTo("the **database** vanished");
        assertThat(selected(text, r)).isEqualTo("database");
        Replacement back = MarkdownFormatting.bold(bolded, r.selectionStart(), r.selectionEnd());
        assertThat(apply(bolded, back)).isEqualTo(text);
        Replacement inside = MarkdownFormatting.bold(bolded, 4, 16);
        assertThat(apply(bolded, inside)).isEqualTo(text);
    }

    @Test
    void anEmptySelectionInsertsAPlaceholderToTypeOver() {
        Replacement r = MarkdownFormatting.italic("x ", 2, 2);
        assertThat(apply("x ", r)).isEqualTo("x *italic text*");
        assertThat(selected("x ", r)).isEqualTo("italic text");
    }

    @Test
    void codeIsInlineOnOneLineAndFencedOverSeveral() {
        assertThat(apply("run DROP now", MarkdownFormatting.code("run DROP now", 4, 8))).isEqualTo("run `DROP` now");
        String text = "before\nline one\nline two\nafter";
        assertThat(apply(text, MarkdownFormatting.code(text, 9, 18)))
                .isEqualTo("before\n```\nline one\nline two\n```\nafter");
    }

    @Test
    void listsPrefixEverySelectedLineAndToggle() {
        String text = "intro\nalpha\nbeta\nend";
        Replacement bullets = MarkdownFormatting.bulletList(text, 7, 14);
        String bulleted = apply(text, bullets);
        assertThat(bulleted).isEqualTo("intro\n- alpha\n- beta\nend");
        assertThat(apply(bulleted, MarkdownFormatting.bulletList(bulleted, 7, 18))).isEqualTo(text);
        assertThat(apply(text, MarkdownFormatting.numberedList(text, 6, 16))).isEqualTo("intro\n1. alpha\n2. beta\nend");
        assertThat(apply("", MarkdownFormatting.bulletList("", 0, 0))).isEqualTo("- ");
    }

    @Test
    void linkSelectsTheAddressToTypeOver() {
        Replacement r = MarkdownFormatting.link("see runbook", 4, 11);
        assertThat(apply("see runbook", r)).isEqualTo("see [runbook](https://)");
        assertThat(selected("see runbook", r)).isEqualTo("https://");
    }
}
