package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * The one path by which report values reach the Markdown export. A plain value (a name, a
 * status, a link, a figure) is written as text: CommonMark backslash escapes for every character
 * that could start a link, an image, HTML, an entity, emphasis or code, pipes escaped for tables,
 * and line breaks made spaces, so it stays on its line and means only itself. A Markdown field is
 * written back from the shared parse: headings moved below the section's own, raw HTML turned
 * into text (the format shows it as text, a wiki would run it), unsafe links reduced to their
 * text, and images made links (the format never loads an image; a wiki would fetch it).
 */
final class MarkdownProse {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private MarkdownProse() {
    }

    /** A plain value as Markdown text on one line: {@code [x](javascript:…)} becomes {@code \[x\](javascript:…)}. */
    static String plain(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // CommonMark ends a line at \n and \r; other control characters would be dropped or replaced by readers.
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(clean.toString()));
        Document document = new Document();
        document.appendChild(paragraph);
        // The renderer escapes what could start Markdown here, pipes included (it knows GFM tables).
        return RENDERER.render(document).strip();
    }

    /** A block field, with its headings {@code headingShift} levels deeper (at most level 6). */
    static String block(String markdown, int headingShift) {
        return block(markdown, headingShift, MarkdownPictures.NONE);
    }

    /** ... with its pictures where {@code pictures} puts them. */
    static String block(String markdown, int headingShift, MarkdownPictures pictures) {
        Node document = Markdown.parseBlock(markdown);
        document.accept(new Sanitizer(headingShift, false, pictures));
        return RENDERER.render(document).strip();
    }

    /** An inline field (a timeline entry's text, an action item's title) on one line; hard breaks become {@code <br>}. */
    static String inline(String markdown) {
        return inline(markdown, MarkdownPictures.NONE);
    }

    /** ... with its pictures where {@code pictures} puts them. */
    static String inline(String markdown, MarkdownPictures pictures) {
        Node document = Markdown.parseInline(markdown);
        document.accept(new Sanitizer(0, true, pictures));
        return oneLine(RENDERER.render(document).strip(), " ");
    }

    /** An inline field as the text of a {@code #} heading: a trailing {@code #} would be read as the heading's closing. */
    static String heading(String markdown) {
        String text = inline(markdown);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end) + "\\" + text.substring(end);
    }

    /** Rendered Markdown made fit for one table cell: every pipe escaped, line breaks as {@code <br>}. */
    static String cell(String rendered) {
        return escapePipes(oneLine(rendered.strip(), "<br>"));
    }

    /**
     * A link target for {@code [text](<target>)}: white space, angle brackets, backslashes and
     * pipes percent-encoded, ampersands escaped, so that it ends where it should and reads back as written.
     */
    static String destination(String url) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '\\' || c == '|') {
                out.append(String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
            } else if (c == '&') {
                out.append("\\&"); // else an entity such as &amp; would be decoded in the target
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * GFM splits a table row at every pipe not preceded by a backslash, and hands {@code \|} to
     * the inline parser as {@code |} whatever precedes it; so every pipe gets a backslash.
     */
    private static String escapePipes(String text) {
        return text.replace("|", "\\|");
    }

    /** Lines joined by {@code joiner}; a line's hard-break marker (an odd backslash or two spaces at its end) dropped. */
    private static String oneLine(String rendered, String joiner) {
        if (rendered.indexOf('\n') < 0) {
            return rendered;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = rendered.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int backslashes = 0;
            while (backslashes < line.length() && line.charAt(line.length() - 1 - backslashes) == '\\') {
                backslashes++;
            }
            if (i < lines.length - 1 && backslashes % 2 == 1) {
                line = line.substring(0, line.length() - 1);
            }
            out.append(i == 0 ? "" : joiner).append(line.stripTrailing());
        }
        return out.toString();
    }

    private static final class Sanitizer extends AbstractVisitor {
        private final int headingShift;
        private final boolean inline;
        private final MarkdownPictures pictures;

        Sanitizer(int headingShift, boolean inline, MarkdownPictures pictures) {
            this.headingShift = headingShift;
            this.inline = inline;
            this.pictures = pictures;
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
        public void visit(SoftLineBreak softLineBreak) {
            if (inline) {
                softLineBreak.insertBefore(new Text(" "));
                softLineBreak.unlink();
            }
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            if (inline) {
                HtmlInline br = new HtmlInline();
                br.setLiteral("<br>");
                hardLineBreak.insertBefore(br);
                hardLineBreak.unlink();
            }
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            // Already applied to the links of this field; in one document it could turn another field's text into a link.
            definition.unlink();
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
            if (PictureReferences.isPicture(image.getDestination())) {
                picture(image);
                return;
            }
            if (image.getFirstChild() == null) {
                image.appendChild(new Text(image.getDestination()));
            }
            if (Markdown.isSafeLink(image.getDestination())) {
                Link link = new Link(image.getDestination().strip(), image.getTitle());
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.appendChild(child);
                    child = next;
                }
                image.insertBefore(link);
                image.unlink();
            } else {
                unwrap(image);
            }
        }

        /** A picture of the report: linked from the folder beside the document, embedded, or a line saying why not. */
        private void picture(Image image) {
            String target = pictures.target(image.getDestination());
            if (target != null) {
                image.setDestination(target);
                image.setTitle(null);
                return;
            }
            if (pictures == MarkdownPictures.NONE) {
                unwrap(image);
                return;
            }
            String alt = PictureReferences.altText(image);
            Emphasis note = new Emphasis("_");
            note.appendChild(new Text("[Picture not shown: " + pictures.problem(image.getDestination())
                    + (alt.isEmpty() ? "" : " \u2014 \u201C" + alt + "\u201D") + "]"));
            image.insertBefore(note);
            image.unlink();
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
