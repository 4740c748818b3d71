package dev.hindsight.markdown;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one Markdown parse every view of a report uses (editor preview, PDF, Markdown export):
 * CommonMark with the GitHub table extension for block fields, and a paragraph-only parse for
 * inline fields ({@code text}, {@code title}) so that a leading {@code 1.} or {@code -} stays
 * literal. Raw HTML comes out as {@code HtmlBlock}/{@code HtmlInline} nodes, which every
 * renderer shows as text.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser BLOCK = block().build();
    private static final Parser INLINE = inline().build();
    private static final Parser BLOCK_SPANS = block().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser INLINE_SPANS = inline().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private Markdown() {
    }

    private static Parser.Builder block() {
        return Parser.builder().extensions(EXTENSIONS);
    }

    private static Parser.Builder inline() {
        return Parser.builder().enabledBlockTypes(Set.of());
    }

    /**
     * The same parse as {@link #parseBlock} or {@link #parseInline}, with every node's place in
     * {@code markdown} ({@code Node.getSourceSpans()}, {@code getInputIndex()} in UTF-16 code
     * units): for tools that point back into the text, such as the spelling check.
     */
    public static Node parseWithSourceSpans(String markdown, boolean inline) {
        return (inline ? INLINE_SPANS : BLOCK_SPANS).parse(markdown);
    }

    /** Parses a block field: root cause, resolution, impact, improvements, details, closing remarks. */
    public static Node parseBlock(String markdown) {
        return BLOCK.parse(markdown);
    }

    /**
     * Parses an inline field (a timeline entry's text, an action item's title): one paragraph, no block markers.
     * Text in which no character can start Markdown ({@link PlainInline}), or whose Markdown is only
     * simple code spans, links and emphasis of plain words ({@link SimpleInline}), gets the tree the
     * parser would build for it without running the parser: most timeline entries, parsed one by one
     * in an export.
     */
    public static Node parseInline(String markdown) {
        Node plain = PlainInline.tree(markdown);
        if (plain == null) {
            plain = SimpleInline.tree(markdown);
        }
        return plain != null ? plain : INLINE.parse(markdown);
    }

    /** Whether {@code text} is certain to parse, as an inline field, as one Text node holding all of it. */
    public static boolean isPlainInline(String text) {
        return PlainInline.isPlain(text);
    }

    /** What a reader sees of an inline field: "Tune **config**" reads "Tune config" ({@link #plainText}). */
    public static String plainInlineText(String markdown) {
        return plainText(parseInline(markdown));
    }

    /** What a reader sees of a node's inline content: its text and code, line breaks as spaces, no markup. */
    public static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    /** Whether a link target may be followed from a document: http, https and mailto only. */
    public static boolean isSafeLink(String destination) {
        if (destination == null) {
            return false;
        }
        String d = destination.trim().toLowerCase(java.util.Locale.ROOT);
        return d.startsWith("http://") || d.startsWith("https://") || d.startsWith("mailto:");
    }
}
