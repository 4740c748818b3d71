package dev.hindsight.export;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What the HTML and Word exports show for a Markdown image ({@code ![alt](target)}) today: its
 * alt text in brackets, never a fetch of a web address or a file. The pictures feature replaces
 * the two methods that call this ({@code HtmlProse.image}, {@code DocxProse.image}) with the
 * picture stored in the report ({@code picture:NAME}); web images stay links.
 */
final class ImagePlaceholder {
    private ImagePlaceholder() {
    }

    /** "[image: error graph]", or "[image]" without alt text. */
    static String text(Image image) {
        String alt = altText(image).strip();
        return alt.isEmpty() ? "[image]" : "[image: " + alt + "]";
    }

    static String altText(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                sb.append(text.getLiteral());
            } else {
                sb.append(altText(child));
            }
        }
        return sb.toString();
    }
}
