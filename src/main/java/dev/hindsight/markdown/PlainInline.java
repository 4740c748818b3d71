package dev.hindsight.markdown;

import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The tree commonmark's inline-only parse ({@link Markdown#parseInline}) gives text that holds no
 * Markdown: {@code Document > Paragraph > Text(text)}, built without the parser. An export parses
 * every timeline entry and action item on its own, and a command-line export runs that parser cold
 * (interpreted until compiled), so text that cannot be anything but text skips it.
 *
 * <p>Which text is plain: what commonmark's inline parser treats as special is the emphasis
 * delimiters {@code * _}, the triggers of its inline parsers ({@code \\} escapes, {@code `} code,
 * {@code &} entities, {@code <} autolinks and HTML), the brackets and bang of links and images
 * {@code [ ] !}, and line ends; the inline-only parse enables no extension, so nothing adds to
 * them. The block parser strips leading and trailing white space, ends lines at {@code \n} and
 * {@code \r}, and replaces NUL; with no block types enabled, a {@code [} could still begin a link
 * reference definition. Text with none of these characters, no control character, and no white
 * space at either end is one Text node with the whole text as its literal. Anything else, or
 * anything in doubt, goes to the parser ({@code PlainInlineTest} compares the two on generated text).
 * Source spans are never set, as the parser sets none without {@code includeSourceSpans}; the
 * spelling check, which needs them, uses {@link Markdown#parseWithSourceSpans}, which always parses.
 */
final class PlainInline {
    private PlainInline() {
    }

    /** The parsed tree of {@code text}, or null when the text may hold Markdown and must be parsed. */
    static Node tree(String text) {
        if (!isPlain(text)) {
            return null;
        }
        Document document = new Document();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        document.appendChild(paragraph);
        return document;
    }

    /** Whether {@code text} is certain to parse as one Text node holding all of it. */
    static boolean isPlain(String text) {
        return hasShape(text, "\\`*_[]!<&");
    }

    /**
     * Whether {@code text} has what every text read without the parser must have: not empty, no
     * white space at either end, no control character, and none of {@code \ < &} (escapes, entities,
     * autolinks and HTML), which {@link SimpleInline} does not read either.
     */
    static boolean hasPlainShape(String text) {
        return hasShape(text, "\\<&");
    }

    /** Not empty, no white space at either end, no control character and none of {@code refused}. */
    private static boolean hasShape(String text, String refused) {
        if (text == null || text.isEmpty() || isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7F || refused.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** White space of any kind (Unicode's too), which the parser may strip at the ends. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
