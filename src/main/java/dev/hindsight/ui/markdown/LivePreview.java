package dev.hindsight.ui.markdown;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.hindsight.ui.support.ListSync;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;

/**
 * The preview of a Markdown text as it is edited: {@link #show} renders the text as
 * {@link MarkdownPreview#render} does, but a top-level block (a paragraph, a list, a table…) that
 * reads the same as one shown before keeps its nodes, and only the blocks that changed are built and
 * put in place. A keystroke in a long section so re-renders one paragraph, not the section. Blocks
 * that show a picture of the report are always built again (the picture may have changed).
 */
public final class LivePreview {
    private final MarkdownPreview renderer;
    private final VBox root = new VBox(8);
    /** The key of each block shown, in order (null: never reused). */
    private List<String> keys = List.of();

    public LivePreview(MarkdownPreview renderer) {
        this.renderer = renderer;
        root.getStyleClass().add("md-preview");
        root.setPadding(new Insets(8, 12, 8, 12));
    }

    /** The preview's node, the same for its whole life. */
    public Node node() {
        return root;
    }

    /** Shows {@code markdown}, building only the blocks that differ from those shown. */
    public void show(String markdown) {
        Map<String, Deque<Node>> old = new HashMap<>();
        List<Node> shown = root.getChildren();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) {
                old.computeIfAbsent(keys.get(i), k -> new ArrayDeque<>()).add(shown.get(i));
            }
        }
        List<Node> nodes = new ArrayList<>();
        List<String> next = new ArrayList<>();
        org.commonmark.node.Node document = Markdown.parseBlock(markdown);
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            String key = key(block);
            Deque<Node> same = key == null ? null : old.get(key);
            nodes.add(same == null || same.isEmpty() ? renderer.block(block) : same.poll());
            next.add(key);
        }
        ListSync.update(root.getChildren(), nodes);
        keys = next;
    }

    /**
     * What a block shows, as text: two blocks of the same key render to the same nodes. Null for a
     * block with a picture of the report.
     */
    static String key(org.commonmark.node.Node block) {
        StringBuilder out = new StringBuilder();
        return describe(block, out) ? out.toString() : null;
    }

    private static boolean describe(org.commonmark.node.Node node, StringBuilder out) {
        out.append('(').append(node.getClass().getSimpleName());
        if (node instanceof Text t) {
            literal(out, t.getLiteral());
        } else if (node instanceof Code c) {
            literal(out, c.getLiteral());
        } else if (node instanceof HtmlInline h) {
            literal(out, h.getLiteral());
        } else if (node instanceof HtmlBlock h) {
            literal(out, h.getLiteral());
        } else if (node instanceof FencedCodeBlock f) {
            literal(out, f.getLiteral());
        } else if (node instanceof IndentedCodeBlock c) {
            literal(out, c.getLiteral());
        } else if (node instanceof Heading h) {
            out.append(h.getLevel());
        } else if (node instanceof OrderedList o) {
            out.append(o.getMarkerStartNumber());
        } else if (node instanceof TableCell c) {
            out.append(c.isHeader()).append(c.getAlignment());
        } else if (node instanceof Link link) {
            literal(out, link.getDestination());
            literal(out, link.getTitle());
        } else if (node instanceof Image image) {
            if (PictureReferences.isPicture(image.getDestination())) {
                return false;
            }
            literal(out, image.getDestination());
            literal(out, image.getTitle());
        }
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!describe(child, out)) {
                return false;
            }
        }
        out.append(')');
        return true;
    }

    private static void literal(StringBuilder out, String text) {
        String s = text == null ? "" : text;
        out.append(s.length()).append(':').append(s);
    }
}
