package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Runs of inline Markdown in one paragraph, bold, italic and code as they nest. */
final class DocxInline {
    private final DocxWriter doc;
    private final XWPFParagraph p;
    private boolean bold;
    private boolean italic;
    private final double widthPx;

    DocxInline(DocxWriter doc, XWPFParagraph p, boolean bold, boolean italic, double widthPx) {
        this.doc = doc;
        this.p = p;
        this.bold = bold;
        this.italic = italic;
        this.widthPx = widthPx;
    }

    void children(Node first) {
        for (Node n = first; n != null; n = n.getNext()) {
            node(n);
        }
    }

    void node(Node n) {
        if (n instanceof Text t) {
            doc.run(p, t.getLiteral(), bold, italic, false);
        } else if (n instanceof Code c) {
            doc.run(p, c.getLiteral(), bold, italic, true);
        } else if (n instanceof StrongEmphasis) {
            boolean was = bold;
            bold = true;
            children(n.getFirstChild());
            bold = was;
        } else if (n instanceof Emphasis) {
            boolean was = italic;
            italic = true;
            children(n.getFirstChild());
            italic = was;
        } else if (n instanceof SoftLineBreak) {
            doc.run(p, " ", bold, italic, false);
        } else if (n instanceof HardLineBreak) {
            doc.run(p, "", bold, italic, false).addBreak();
        } else if (n instanceof HtmlInline html) {
            doc.run(p, html.getLiteral(), bold, italic, false);
        } else if (n instanceof Link link && Markdown.isSafeLink(link.getDestination())) {
            link(link.getDestination().strip(), DocxWriter.text(link));
        } else if (n instanceof Image image) {
            image(image);
        } else {
            children(n.getFirstChild());
        }
    }

    /**
     * The one place an image of a report becomes Word: a stored picture in the line, a line
     * saying why a picture is not shown, a link to a web image, else the alt text.
     */
    private void image(Image image) {
        ShownImages.Shown shown = doc.images().of(image);
        if (shown instanceof ShownImages.Picture picture) {
            doc.picture(p, picture, widthPx);
        } else if (shown instanceof ShownImages.Missing missing) {
            doc.run(p, missing.text(), bold, true, false).setColor(DocxProse.MUTED);
        } else if (shown instanceof ShownImages.WebLink link) {
            link(link.href(), link.text());
        } else if (!((ShownImages.AltOnly) shown).text().isBlank()) {
            doc.run(p, ((ShownImages.AltOnly) shown).text(), bold, italic, false);
        }
    }

    private void link(String href, String text) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(href);
        run.setText(text);
        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        run.setColor("0550AE");
        run.setBold(bold);
        run.setItalic(italic);
    }
}
