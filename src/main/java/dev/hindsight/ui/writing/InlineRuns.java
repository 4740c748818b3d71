package dev.hindsight.ui.writing;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * An inline Markdown field (a timeline event's text, an action item's title) as runs of text with
 * their look, in reading order: what a table cell shows of it. Read with the one inline parse every
 * view uses ({@link Markdown#parseWithSourceSpans}) and styled as the PDF styles it
 * ({@code export/PdfInline}): strong is bold, emphasis italic, code monospaced, a safe link a link,
 * a picture of the report "[picture: …]", raw HTML as its text, line breaks as spaces.
 */
public final class InlineRuns {
    /**
     * A run of shown text. {@code sourceStart} is where its first character stands in the field's
     * source when its characters stand there one for one (so marks made on the source can be drawn
     * on it), or -1 (an escape, an entity, a generated label).
     */
    public record Run(String text, boolean bold, boolean italic, boolean code, String link, int sourceStart) {
    }

    private final String source;
    private final List<Run> runs = new ArrayList<>();
    private boolean bold;
    private boolean italic;
    private String link;

    private InlineRuns(String source) {
        this.source = source;
    }

    /**
     * Whether {@code text} may hold inline Markdown; when false it shows as it is written. Errs on the
     * side of true: it only lets the table skip parsing plain rows. The same test as the one that
     * lets an export skip the parser ({@link Markdown#isPlainInline}); empty text is plain.
     */
    public static boolean mayHaveMarkup(String text) {
        return !text.isEmpty() && !Markdown.isPlainInline(text);
    }

    /** The runs of {@code markdown}, read as an inline field. */
    public static List<Run> of(String markdown) {
        InlineRuns out = new InlineRuns(markdown);
        Node document = Markdown.parseWithSourceSpans(markdown, true);
        document.accept(out.new Visitor());
        return List.copyOf(out.runs);
    }

    /** What the runs read as, without markup: the cell's text for tests and screen readers. */
    public static String plain(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }

    private void add(String text, boolean code, int sourceStart) {
        if (!text.isEmpty()) {
            runs.add(new Run(text, bold, italic, code, link, sourceStart));
        }
    }

    /** Where {@code literal} stands one for one inside {@code node}'s source, or -1. */
    private int sourceOf(Node node, String literal) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.size() != 1) {
            return -1;
        }
        SourceSpan span = spans.get(0);
        int start = span.getInputIndex();
        int end = start + span.getLength();
        if (start < 0 || end > source.length()) {
            return -1;
        }
        int at = source.indexOf(literal, start);
        return at >= 0 && at + literal.length() <= end ? at : -1;
    }

    private final class Visitor extends AbstractVisitor {
        @Override
        public void visit(Text text) {
            add(text.getLiteral(), false, sourceOf(text, text.getLiteral()));
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), true, sourceOf(code, code.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            add(html.getLiteral(), false, sourceOf(html, html.getLiteral()));
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            add(" ", false, -1);
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            add(" ", false, -1);
        }

        @Override
        public void visit(Emphasis emphasis) {
            boolean outer = italic;
            italic = true;
            visitChildren(emphasis);
            italic = outer;
        }

        @Override
        public void visit(StrongEmphasis strong) {
            boolean outer = bold;
            bold = true;
            visitChildren(strong);
            bold = outer;
        }

        @Override
        public void visit(Link l) {
            String outer = link;
            link = Markdown.isSafeLink(l.getDestination()) ? l.getDestination().strip() : outer;
            visitChildren(l);
            link = outer;
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination() == null ? "" : image.getDestination().strip();
            boolean outerItalic = italic;
            String outerLink = link;
            if (PictureReferences.isPicture(destination)) {
                String alt = PictureReferences.altText(image);
                italic = true;
                add("[picture: " + (alt.isEmpty() ? destination : alt) + "]", false, -1);
            } else {
                if (Markdown.isSafeLink(destination)) {
                    link = destination;
                } else {
                    italic = true;
                }
                if (image.getFirstChild() == null) {
                    add(destination, false, -1);
                } else {
                    visitChildren(image);
                }
            }
            italic = outerItalic;
            link = outerLink;
        }
    }
}
