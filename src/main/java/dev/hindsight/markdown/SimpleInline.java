package dev.hindsight.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The tree commonmark's inline-only parse ({@link Markdown#parseInline}) gives the Markdown a
 * timeline entry most often holds, built without the parser: text with code spans
 * ({@code `db-primary`}), links ({@code [the dashboard](https://…)}) and emphasis ({@code _twice_},
 * {@code **pool**}) whose insides are plain words. The parser runs cold in a command-line export,
 * once per entry; this reads such text in one pass (decision 0048).
 *
 * <p>Only text that cannot be read two ways is taken, everything else goes to the parser:
 * <ul>
 * <li>as {@link PlainInline}: no control character, no white space at either end, no {@code \ & <},
 *     no {@code !} before {@code [};
 * <li>a code span: one backtick, one or more characters without a backtick and not starting or
 *     ending with a space, one backtick, and no backtick right before or after it;
 * <li>a link: {@code [}, a plain label not starting or ending with white space, {@code ](}, a
 *     destination without white space, parentheses, quotes or any of {@code \ & < >}, {@code )};
 * <li>emphasis: {@code *}, {@code **}, {@code _} or {@code __}, a plain inside starting and ending
 *     with a letter or digit, the same delimiter; after the start of the text, a space or
 *     {@code (}, and before its end, a space or one of {@code . , ; : ? )}, so that CommonMark's
 *     flanking rules make the first an opener and the second a closer of nothing else;
 * <li>plain: no {@code ` * _ [ ]} outside those.
 * </ul>
 * {@code SimpleInlineTest} compares it with the parser on generated text.
 */
final class SimpleInline {
    private final String text;
    private final Paragraph paragraph = new Paragraph();
    private int at;
    /** Where the construct just read ends. */
    private int end;

    private SimpleInline(String text) {
        this.text = text;
    }

    /** The parsed tree of {@code text}, or null when it holds anything but the simple kinds above. */
    static Node tree(String text) {
        if (!PlainInline.hasPlainShape(text)) {
            return null;
        }
        SimpleInline reader = new SimpleInline(text);
        if (!reader.read()) {
            return null;
        }
        Document document = new Document();
        document.appendChild(reader.paragraph);
        return document;
    }

    private boolean read() {
        int plainStart = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            Node node;
            switch (c) {
                case '`' -> node = code();
                case '[' -> node = link();
                case '*', '_' -> node = emphasis(c);
                case ']' -> node = null;
                case '!' -> {
                    if (at + 1 < text.length() && text.charAt(at + 1) == '[') {
                        return false;
                    }
                    at++;
                    continue;
                }
                default -> {
                    at++;
                    continue;
                }
            }
            if (node == null) {
                return false;
            }
            if (at > plainStart) {
                paragraph.appendChild(new Text(text.substring(plainStart, at)));
            }
            paragraph.appendChild(node);
            at = end;
            plainStart = end;
        }
        if (text.length() > plainStart) {
            paragraph.appendChild(new Text(text.substring(plainStart)));
        }
        return true;
    }

    /** A code span at {@link #at}, or null. */
    private Node code() {
        int close = text.indexOf('`', at + 1);
        if (close < 0 || close == at + 1 || at > 0 && text.charAt(at - 1) == '`'
                || close + 1 < text.length() && text.charAt(close + 1) == '`'
                || text.charAt(at + 1) == ' ' || text.charAt(close - 1) == ' ') {
            return null;
        }
        end = close + 1;
        return new Code(text.substring(at + 1, close));
    }

    /** A link at {@link #at}, or null. */
    private Node link() {
        int labelEnd = text.indexOf(']', at + 1);
        if (labelEnd < 0 || labelEnd == at + 1 || !isPlain(at + 1, labelEnd)
                || Character.isWhitespace(text.charAt(at + 1)) || Character.isWhitespace(text.charAt(labelEnd - 1))
                || labelEnd + 1 >= text.length() || text.charAt(labelEnd + 1) != '(') {
            return null;
        }
        int close = text.indexOf(')', labelEnd + 2);
        if (close < 0 || close == labelEnd + 2) {
            return null;
        }
        for (int i = labelEnd + 2; i < close; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '(' || c == '"' || c == '\'' || c == '\\' || c == '&' || c == '<' || c == '>'
                    || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return null;
            }
        }
        Link link = new Link(text.substring(labelEnd + 2, close), null);
        link.appendChild(new Text(text.substring(at + 1, labelEnd)));
        end = close + 1;
        return link;
    }

    /** Emphasis opened by {@code delimiter} at {@link #at}, or null. */
    private Node emphasis(char delimiter) {
        int length = at + 1 < text.length() && text.charAt(at + 1) == delimiter ? 2 : 1;
        int inside = at + length;
        if (at > 0 && " (".indexOf(text.charAt(at - 1)) < 0) {
            return null;
        }
        int close = text.indexOf(delimiter, inside);
        if (close < 0 || close == inside || !isPlain(inside, close)
                || !Character.isLetterOrDigit(text.charAt(inside)) || !Character.isLetterOrDigit(text.charAt(close - 1))
                || close + length > text.length() || length == 2 && text.charAt(close + 1) != delimiter) {
            return null;
        }
        int after = close + length;
        if (after < text.length() && " .,;:?)".indexOf(text.charAt(after)) < 0) {
            return null;
        }
        String run = String.valueOf(delimiter).repeat(length);
        Node emphasis = length == 2 ? new StrongEmphasis(run) : new Emphasis(run);
        emphasis.appendChild(new Text(text.substring(inside, close)));
        end = after;
        return emphasis;
    }

    /** Whether the characters from {@code from} to {@code to} (exclusive) are all plain. */
    private boolean isPlain(int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '`', '*', '_', '[', ']', '!' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
