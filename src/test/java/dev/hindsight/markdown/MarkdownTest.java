package dev.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void blockFieldsHaveListsAndTables() {
        assertThat(Markdown.parseBlock("- a\n- b").getFirstChild()).isInstanceOf(BulletList.class);
        assertThat(Markdown.parseBlock("| a | b |\n|---|---|\n| 1 | 2 |").getFirstChild()).isInstanceOf(TableBlock.class);
    }

    @Test
    void inlineFieldsKeepBlockMarkersLiteralButRenderEmphasis() {
        var doc = Markdown.parseInline("1. *first* <b>x</b>");
        assertThat(doc.getFirstChild()).isInstanceOf(Paragraph.class);
        var first = doc.getFirstChild().getFirstChild();
        assertThat(first).isInstanceOf(Text.class);
        assertThat(((Text) first).getLiteral()).isEqualTo("1. ");
        assertThat(first.getNext()).isInstanceOf(Emphasis.class);
        assertThat(first.getNext().getNext().getNext()).isInstanceOf(HtmlInline.class);
        assertThat(Markdown.parseInline("- item").getFirstChild().getFirstChild()).isInstanceOf(Text.class);
    }

    @Test
    void onlyWebAndMailLinksAreSafe() {
        assertThat(Markdown.isSafeLink("https://example.com")).isTrue();
        assertThat(Markdown.isSafeLink("MAILTO:a@b.c")).isTrue();
        assertThat(Markdown.isSafeLink("javascript:alert(1)")).isFalse();
        assertThat(Markdown.isSafeLink("file:///etc/passwd")).isFalse();
        assertThat(Markdown.isSafeLink(null)).isFalse();
    }
}
