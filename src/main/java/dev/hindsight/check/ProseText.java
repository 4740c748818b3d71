package dev.hindsight.check;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The stretches of a field's text that are prose, as offsets into the text: the whole of a plain
 * field; in Markdown, the text the reader sees, found by the project's one CommonMark parse with
 * source positions. Code spans, code blocks, HTML, link and image targets and Markdown's own
 * markers are not prose. Checkers of words (spelling, blameless language) read only these.
 */
public final class ProseText {
    /** A stretch of prose: {@code start} inclusive, {@code end} exclusive, in UTF-16 code units of the field's text. */
    public record Span(int start, int end) {
    }

    private ProseText() {
    }

    /** The prose of {@code place}, in order, adjacent stretches joined. */
    public static List<Span> spans(TextPlace place) {
        String text = place.text();
        if (text.isEmpty()) {
            return List.of();
        }
        boolean inline = place.kind() == TextPlace.Kind.INLINE_MARKDOWN;
        if (place.kind() == TextPlace.Kind.PLAIN || isPlainProse(text, inline)) {
            return List.of(new Span(0, text.length()));
        }
        List<Span> out = new ArrayList<>();
        collect(Markdown.parseWithSourceSpans(text, inline), out);
        return out;
    }

    private static void collect(Node node, List<Span> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                for (SourceSpan s : child.getSourceSpans()) {
                    add(out, s.getInputIndex(), s.getInputIndex() + s.getLength());
                }
            } else {
                collect(child, out);
            }
        }
    }

    private static void add(List<Span> out, int start, int end) {
        if (end <= start) {
            return;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).end() == start) {
            out.set(last, new Span(out.get(last).start(), end));
        } else {
            out.add(new Span(start, end));
        }
    }

    /**
     * Whether parsing could hide nothing from the reader: no code, HTML, entities or escapes, and
     * (in a block field) no indented or fenced code. Markdown markers that may remain, such as
     * {@code **} or {@code #}, are not letters and so separate words like any punctuation.
     */
    static boolean isPlainProse(String text, boolean inline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' || c == '<' || c == '&' || c == '\\' || c == '~' || c == '[') {
                return false;
            }
            if (!inline && (c == '\t' || (c == ' ' && startsIndent(text, i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsIndent(String text, int i) {
        return (i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r') && text.startsWith("    ", i);
    }
}
