package dev.hindsight.picture;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * How Markdown refers to a picture of its report: an image whose destination is
 * {@code picture:NAME} ({@code ![Error rate](picture:error-rate.png)}; the scheme in any case,
 * spaces around ignored). Any other image destination ({@code https:}, {@code file:}, a path) is
 * never loaded by any view: it is shown as a link or as its text.
 */
public final class PictureReferences {
    public static final String SCHEME = "picture:";

    private PictureReferences() {
    }

    /** Whether {@code destination} refers to a picture of the report (valid name or not). */
    public static boolean isPicture(String destination) {
        if (destination == null) {
            return false;
        }
        String d = destination.strip();
        return d.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The name a {@code picture:} destination refers to (as written, perhaps not a valid name), or empty. */
    public static Optional<String> name(String destination) {
        return isPicture(destination) ? Optional.of(destination.strip().substring(SCHEME.length())) : Optional.empty();
    }

    /** The Markdown that shows picture {@code name} with {@code alt} as its text: {@code ![alt](picture:name)}. */
    public static String markdown(String alt, String name) {
        StringBuilder out = new StringBuilder("![");
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                if ("\\[]*_`<>&".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.append("](").append(SCHEME).append(name).append(')').toString();
    }

    /** An image's text as a reader sees it (its alt text), without Markdown. */
    public static String altText(Node image) {
        return Markdown.plainText(image).strip();
    }

    /**
     * The names of the pictures the report's Markdown refers to: every prose field (the title,
     * the summary, each event, the sections, each action item, the contributing factors) and
     * every comment and reply. Links to {@code picture:} count too, so no writer drops what a
     * link names.
     */
    public static Set<String> names(Report report) {
        Set<String> out = new LinkedHashSet<>();
        for (TextPlace place : TextPlaces.of(report)) {
            collect(place.text(), place.kind() == TextPlace.Kind.BLOCK_MARKDOWN, out);
        }
        for (Comment comment : report.comments()) {
            collect(comment.text(), true, out);
            for (CommentReply reply : comment.replies()) {
                collect(reply.text(), true, out);
            }
        }
        return out;
    }

    /** The picture names {@code markdown} (a block field's text, or a piece of one) refers to, in order. */
    public static Set<String> namesIn(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        collect(markdown, true, out);
        return out;
    }

    private static void collect(String text, boolean block, Set<String> out) {
        if (!mentionsScheme(text)) {
            return;
        }
        Node document = block ? Markdown.parseBlock(text) : Markdown.parseInline(text);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                name(image.getDestination()).ifPresent(out::add);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                name(link.getDestination()).ifPresent(out::add);
                visitChildren(link);
            }
        });
    }

    /** A quick look before parsing: most fields never mention a picture. */
    private static boolean mentionsScheme(String text) {
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            int start = i - (SCHEME.length() - 1);
            if (start >= 0 && text.regionMatches(true, start, SCHEME, 0, SCHEME.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} is an image of a {@code picture:} reference. */
    public static boolean isPictureImage(Node node) {
        return node instanceof Image image && isPicture(image.getDestination());
    }

    /**
     * A paragraph cut where it shows pictures, for views that set a picture as a block of its own
     * (the preview, the PDF): the paragraph itself when it has none; otherwise, in order,
     * paragraphs holding the text between pictures (moved out of {@code paragraph}) and the
     * picture images. Only pictures directly in the paragraph are cut out; one inside a link or
     * emphasis stays where it is.
     */
    public static List<Node> pieces(Paragraph paragraph) {
        boolean any = false;
        for (Node n = paragraph.getFirstChild(); n != null && !any; n = n.getNext()) {
            any = isPictureImage(n);
        }
        if (!any) {
            return List.of(paragraph);
        }
        List<Node> out = new ArrayList<>();
        Paragraph text = new Paragraph();
        Node n = paragraph.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            if (isPictureImage(n)) {
                addIfVisible(out, text);
                text = new Paragraph();
                n.unlink();
                out.add(n);
            } else {
                text.appendChild(n);
            }
            n = next;
        }
        addIfVisible(out, text);
        return out;
    }

    private static void addIfVisible(List<Node> out, Paragraph text) {
        for (Node n = text.getFirstChild(); n != null; n = n.getNext()) {
            boolean blank = n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || n instanceof Text t && t.getLiteral().isBlank();
            if (!blank) {
                out.add(text);
                return;
            }
        }
    }
}
