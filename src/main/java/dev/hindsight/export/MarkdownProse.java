package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A report's Markdown fields written back as Markdown for the Markdown export, from the shared
 * parse: headings moved below the section's own, raw HTML turned into text (the format shows
 * it as text, a wiki would run it), unsafe links reduced to their text.
 */
final class MarkdownProse {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern HARD_BREAK = Pattern.compile("(\\\\| {2,})\\n");

    private MarkdownProse() {
    }

    /** A block field, with its headings {@code headingShift} levels deeper (at most level 6). */
    static String block(String markdown, int headingShift) {
        Node document = Markdown.parseBlock(markdown);
        document.accept(new Sanitizer(headingShift));
        return RENDERER.render(document).strip();
    }

    /** An inline field (a timeline entry's text, an action item's title) on one line. */
    static String inline(String markdown) {
        Node document = Markdown.parseInline(markdown);
        document.accept(new Sanitizer(0));
        String rendered = RENDERER.render(document).strip();
        return HARD_BREAK.matcher(rendered).replaceAll("<br>").replace('\n', ' ');
    }

    /** Rendered Markdown made fit for one table cell: pipes escaped, line breaks as {@code <br>}. */
    static String cell(String rendered) {
        String oneLine = HARD_BREAK.matcher(rendered.strip()).replaceAll("<br>").replace("\n", "<br>");
        return UNESCAPED_PIPE.matcher(oneLine).replaceAll("\\\\|");
    }

    /** Plain text made literal in Markdown: a name, a label. */
    static String literal(String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text.replace('\n', ' ')));
        return RENDERER.render(paragraph).strip();
    }

    private static final class Sanitizer extends AbstractVisitor {
        private final int headingShift;

        Sanitizer(int headingShift) {
            this.headingShift = headingShift;
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + headingShift));
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlInline html) {
            html.insertBefore(new Text(html.getLiteral()));
            html.unlink();
        }

        @Override
        public void visit(HtmlBlock html) {
            Paragraph paragraph = new Paragraph();
            String[] lines = html.getLiteral().strip().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph.appendChild(new HardLineBreak());
                }
                paragraph.appendChild(new Text(lines[i]));
            }
            html.insertBefore(paragraph);
            html.unlink();
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            if (!Markdown.isSafeLink(link.getDestination())) {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            visitChildren(image);
            if (!Markdown.isSafeLink(image.getDestination())) {
                unwrap(image);
            }
        }

        private static void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
    }
}
