package dev.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The inline fast path builds exactly the tree commonmark's inline-only parse builds. */
class PlainInlineTest {
    /** The parse {@link Markdown#parseInline} runs when the text is not plain: the same builder. */
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(java.util.Set.of()).build();

    /** Markdown's specials, white space of several kinds, controls, letters of several scripts, a lone surrogate. */
    private static final String[] ALPHABET = {
        "a", "b", "Z", "0", "7", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u0000", "\u000B", "\u000C", "\u007F",
        "\u00A0", "\u2003", "\u3000", "\u2028", "\u200B", "\u200D", "\uFEFF", "*", "**", "_", "__", "`", "``", "\\",
        "[", "]", "!", "<", ">", "&", "&amp;", "&#42;", "(", ")", "#", "-", "+", "=", "~", "~~", "|", ":", ".", "1.",
        "\"", "'", "/", "http://x.y", "https://example.com/a?b=c", "www.example.com", "a@b.c", "é", "ü", "ß", "Ω",
        "Ж", "ש", "مرحبا", "中文", "😀", "👍🏽", "\uD83D", "e\u0301", "$", "%", "^", "{", "}", "?", ";", ",", "@"
    };

    @Test
    void buildsTheParsersTreeForGeneratedText() {
        Random random = new Random(20261202L);
        int plain = 0;
        for (int n = 0; n < 30_000; n++) {
            String text = generated(random);
            Node fast = PlainInline.tree(text);
            if (fast != null) {
                plain++;
                assertThat(dump(fast)).as("fast path for %s", escaped(text)).isEqualTo(dump(PARSER.parse(text)));
            }
            assertThat(dump(Markdown.parseInline(text))).as(escaped(text)).isEqualTo(dump(PARSER.parse(text)));
        }
        assertThat(plain).as("generated texts on the fast path").isGreaterThan(3_000);
    }

    @Test
    void takesTheFastPathOnlyForTextThatCannotHoldMarkdown() {
        assertThat(PlainInline.isPlain("Paged the on-call engineer: database at 95% CPU (primary)")).isTrue();
        assertThat(PlainInline.isPlain("Rolled back 1.2.3 -> 1.2.2; # of errors fell ~ 40% | see ticket #12")).isTrue();
        assertThat(PlainInline.isPlain("Ошибка в базе данных, 中文, مرحبا 😀")).isTrue();
        for (String markdown : List.of("*a*", "a_b", "`x`", "[x](y)", "![x](y)", "a\\b", "<b>", "&amp;", "a\nb",
                "a\rb", " a", "a ", "a\t", "\u00A0a", "", "a\u0000b")) {
            assertThat(PlainInline.isPlain(markdown)).as(escaped(markdown)).isFalse();
        }
        assertThat(PlainInline.isPlain(null)).isFalse();
    }

    @Test
    void eachCallGetsATreeOfItsOwn() {
        Node first = Markdown.parseInline("same text");
        Node second = Markdown.parseInline("same text");
        first.getFirstChild().getFirstChild().unlink();
        assertThat(dump(second)).isEqualTo(dump(PARSER.parse("same text")));
    }

    private static String generated(Random random) {
        int length = random.nextInt(12) + (random.nextInt(4) == 0 ? 0 : 1);
        boolean plainOnly = random.nextInt(3) == 0; // a third from letters, digits and harmless punctuation only
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String piece = ALPHABET[random.nextInt(ALPHABET.length)];
            if (plainOnly && !piece.chars().allMatch(c -> Character.isLetterOrDigit(c) || " .:,-()#%".indexOf(c) >= 0)) {
                piece = random.nextBoolean() ? "word" : " ";
            }
            out.append(piece);
        }
        return out.toString();
    }

    /** Every node: its class, source spans and the fields a renderer reads, nested as in the tree. */
    static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getName()).append(' ').append(node.getSourceSpans())
                .append(fields(node)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    /** What a renderer reads of the node besides its children. */
    private static String fields(Node node) {
        if (node instanceof Text text) {
            return " text=" + escaped(text.getLiteral());
        } else if (node instanceof Code code) {
            return " code=" + escaped(code.getLiteral());
        } else if (node instanceof HtmlInline html) {
            return " html=" + escaped(html.getLiteral());
        } else if (node instanceof Link link) {
            return " link=" + link.getDestination() + " title=" + link.getTitle();
        } else if (node instanceof Image image) {
            return " image=" + image.getDestination() + " title=" + image.getTitle();
        } else if (node instanceof org.commonmark.node.Delimited delimited) {
            return " delimiters=" + delimited.getOpeningDelimiter() + delimited.getClosingDelimiter();
        }
        return node instanceof CustomBlock || node instanceof CustomNode ? " custom" : "";
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= ' ' && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
