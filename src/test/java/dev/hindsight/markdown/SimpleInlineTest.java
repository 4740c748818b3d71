package dev.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The simple-Markdown fast path builds exactly the tree commonmark's inline-only parse builds. */
class SimpleInlineTest {
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(java.util.Set.of()).build();

    private static final String[] WORDS = {"deploy", "db-primary", "a", "Z9", "42", "Ω", "中文", "é", "😀", "x_y", "p99",
        "on-call", "it's", "\"q\""};
    private static final String[] PUNCTUATION = {".", ",", ";", ":", "?", ")", "(", "-", "'", "\"", "!", "/", "%", "#"};
    private static final String[] SPECIALS = {"`", "``", "*", "**", "***", "_", "__", "[", "]", "](", "(", ")", "!", "![",
        "\\", "&", "&amp;", "<", ">", "\u00A0", "\t", "\n", "  "};
    private static final String[] URLS = {"https://grafana.example.com/d/abc", "http://a.b/c?d=e&f", "x", "/relative",
        "a b", "https://ex.com/(x)", "mailto:x@y.z", "https://例子.com/路径", "<u>", "\"t\""};

    @Test
    void buildsTheParsersTreeForGeneratedText() {
        Random random = new Random(20261202L);
        int simple = 0;
        int texts = 60_000;
        for (int n = 0; n < texts; n++) {
            String text = generated(random);
            Node fast = SimpleInline.tree(text);
            String expected = PlainInlineTest.dump(PARSER.parse(text));
            if (fast != null) {
                simple += fast.getFirstChild().getFirstChild() == fast.getFirstChild().getLastChild()
                        && fast.getFirstChild().getFirstChild() instanceof org.commonmark.node.Text ? 0 : 1;
                assertThat(PlainInlineTest.dump(fast)).as("fast path for %s", PlainInlineTest.escaped(text)).isEqualTo(expected);
            }
            assertThat(PlainInlineTest.dump(Markdown.parseInline(text))).as(PlainInlineTest.escaped(text)).isEqualTo(expected);
        }
        // Thousands of texts with code, links or emphasis were read by the fast path, the others by the parser.
        assertThat(simple).as("generated texts with Markdown on the fast path").isBetween(texts / 20, texts / 2);
    }

    @Test
    void takesWhatTimelineEntriesHold() {
        for (String text : List.of("Event 2: deploy _twice_ **connection pool** was `db-primary` see [the dashboard](https://grafana.example.com/d/abc) and",
                "Rolled back `v1.2.3` (see *the runbook*).", "[PD-123](https://tracker/PD-123): paged", "`a*b_c[d]`",
                "__Mitigated__: traffic moved")) {
            assertThat(SimpleInline.tree(text)).as(text).isNotNull();
            assertThat(PlainInlineTest.dump(SimpleInline.tree(text))).as(text).isEqualTo(PlainInlineTest.dump(PARSER.parse(text)));
        }
        for (String text : List.of("a*b*", "*a *", "* a*", "**a*", "`a``", "[a] (b)", "[a](b c)", "![a](b)", "a\\*b",
                "[*a*](b)", "*[a](b)*", "x_a_", "_a_x", "`` a ``", "a <b>", "&amp;", " a", "a\nb", "[a](<b>)", "[a](b \"t\")")) {
            assertThat(SimpleInline.tree(text)).as(PlainInlineTest.escaped(text)).isNull();
        }
    }

    private static String generated(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(9);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(12);
            String word = WORDS[random.nextInt(WORDS.length)];
            String piece = switch (kind) {
                case 0, 1 -> word;
                case 2 -> " ";
                case 3 -> PUNCTUATION[random.nextInt(PUNCTUATION.length)];
                case 4 -> SPECIALS[random.nextInt(SPECIALS.length)];
                case 5 -> "`" + maybeSpaced(random, word) + "`";
                case 6 -> "[" + maybeSpaced(random, word + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : ""))
                        + "](" + URLS[random.nextInt(URLS.length)] + ")";
                default -> {
                    String delimiter = List.of("*", "**", "_", "__").get(random.nextInt(4));
                    yield delimiter + maybeSpaced(random, word) + (random.nextInt(8) == 0 ? "" : delimiter);
                }
            };
            out.append(piece);
            if (random.nextInt(3) > 0) {
                out.append(random.nextInt(5) == 0 ? PUNCTUATION[random.nextInt(PUNCTUATION.length)] : " ");
            }
        }
        return random.nextBoolean() ? out.toString().strip() : out.toString();
    }

    private static String maybeSpaced(Random random, String word) {
        return switch (random.nextInt(10)) {
            case 0 -> " " + word;
            case 1 -> word + " ";
            case 2 -> word + PUNCTUATION[random.nextInt(PUNCTUATION.length)];
            case 3 -> PUNCTUATION[random.nextInt(PUNCTUATION.length)] + word;
            default -> word;
        };
    }
}
