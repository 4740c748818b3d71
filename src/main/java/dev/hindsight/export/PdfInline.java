package dev.hindsight.export;

import com.lowagie.text.Phrase;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import org.commonmark.node.AbstractVisitor;
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

/** Renders the inline content of a Markdown node (emphasis, code, links) into one phrase. */
final class PdfInline extends AbstractVisitor {
    private final Typesetter type;
    private final String field;
    private final Phrase phrase = new Phrase();
    private TextStyle style;

    private PdfInline(Typesetter type, TextStyle style, String field) {
        this.type = type;
        this.style = style;
        this.field = field;
    }

    /** The children of {@code parent} (a paragraph, a heading, a table cell) as a phrase. */
    static Phrase render(Node parent, Typesetter type, TextStyle style, String field) {
        PdfInline inline = new PdfInline(type, style, field);
        inline.visitChildren(parent);
        return inline.phrase;
    }

    /** The plain text of a node's inline content (what a reader sees), to decide its direction. */
    static String plainText(Node parent) {
        StringBuilder out = new StringBuilder();
        parent.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    @Override
    public void visit(Text text) {
        type.append(phrase, text.getLiteral(), style, field);
    }

    @Override
    public void visit(Code code) {
        type.append(phrase, code.getLiteral(), style.face(PdfFonts.Face.MONO).size(style.size() * 0.92f), field);
    }

    @Override
    public void visit(Emphasis emphasis) {
        styled(emphasis, style.italic());
    }

    @Override
    public void visit(StrongEmphasis strong) {
        styled(strong, style.bold());
    }

    @Override
    public void visit(Link link) {
        styled(link, Markdown.isSafeLink(link.getDestination()) ? style.link(link.getDestination().strip()) : style);
    }

    /**
     * An image is never loaded: a safe one is a link to it (its alt text, or its address), any
     * other its text. A picture of the report inside other text (a table cell, a link) is named
     * here; where it stands alone in a paragraph it is a block of its own ({@link PdfPictures}).
     */
    @Override
    public void visit(Image image) {
        String destination = image.getDestination() == null ? "" : image.getDestination().strip();
        if (PictureReferences.isPicture(destination)) {
            String alt = PictureReferences.altText(image);
            type.append(phrase, "[picture: " + (alt.isEmpty() ? destination : alt) + "]", style.italic(), field);
            return;
        }
        TextStyle inner = Markdown.isSafeLink(destination) ? style.link(destination) : style.italic();
        if (image.getFirstChild() == null) {
            type.append(phrase, destination, inner, field);
        } else {
            styled(image, inner);
        }
    }

    @Override
    public void visit(HtmlInline html) {
        type.append(phrase, html.getLiteral(), style, field);
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        type.append(phrase, " ", style, field);
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        type.append(phrase, "\n", style, field);
    }

    private void styled(Node node, TextStyle inner) {
        TextStyle outer = style;
        style = inner;
        visitChildren(node);
        style = outer;
    }
}
