package dev.hindsight.ui.markdown;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Renders the shared Markdown parse ({@link Markdown}) as JavaFX nodes for the editor's
 * preview: the same tree the PDF and Markdown exporters walk. Raw HTML is shown as text;
 * only http, https and mailto links can be followed. Pictures of the report
 * ({@code picture:NAME}) are shown as blocks of their own, never wider than the pane nor
 * larger than they are, with their alt text below; any other image is never loaded: a safe
 * address is a link, anything else its text.
 */
public final class MarkdownPreview {
    private static final String[] HEADING_SIZES = {"1.6em", "1.35em", "1.15em", "1.0em"};
    private final Consumer<String> openLink;
    private final PictureServices pictures;

    /** @param openLink called with a safe link's address when it is clicked */
    public MarkdownPreview(Consumer<String> openLink) {
        this(openLink, null);
    }

    /** A preview that shows the pictures of {@code pictures}' report (null: none, as placeholders). */
    public MarkdownPreview(Consumer<String> openLink, PictureServices pictures) {
        this.openLink = openLink;
        this.pictures = pictures;
    }

    /** The pictures of the report this preview shows, for the editors beside it; null when it has none. */
    public PictureServices pictures() {
        return pictures;
    }

    public Node render(String markdown) {
        VBox root = blocks(Markdown.parseBlock(markdown));
        root.getStyleClass().add("md-preview");
        root.setPadding(new Insets(8, 12, 8, 12));
        return root;
    }

    private VBox blocks(org.commonmark.node.Node parent) {
        VBox box = new VBox(8);
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            box.getChildren().add(block(n));
        }
        return box;
    }

    /** One top-level block of a parse as nodes ({@link LivePreview} builds a preview block by block). */
    Node block(org.commonmark.node.Node node) {
        if (node instanceof Heading h) {
            TextFlow flow = inline(h, List.of("md-heading", "md-h" + Math.min(h.getLevel(), 4)));
            // Inline, so that the theme's own text rules cannot override the heading sizes.
            String size = HEADING_SIZES[Math.min(h.getLevel(), HEADING_SIZES.length) - 1];
            flow.getChildren().forEach(n -> n.setStyle("-fx-font-size: " + size + "; -fx-font-weight: bold;"));
            flow.setPadding(new Insets(h.getLevel() <= 2 ? 6 : 2, 0, 0, 0));
            return flow;
        }
        if (node instanceof Paragraph paragraph) {
            List<org.commonmark.node.Node> pieces = PictureReferences.pieces(paragraph);
            if (pieces.size() == 1 && pieces.get(0) == paragraph) {
                return inline(node, List.of());
            }
            VBox box = new VBox(8);
            for (org.commonmark.node.Node piece : pieces) {
                box.getChildren().add(piece instanceof Image image ? PreviewPictureBlock.of(image, pictures) : inline(piece, List.of()));
            }
            return box;
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node);
        }
        if (node instanceof BlockQuote) {
            VBox quote = blocks(node);
            quote.getStyleClass().add("md-quote");
            quote.setPadding(new Insets(2, 0, 2, 12));
            return quote;
        }
        if (node instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof HtmlBlock html) {
            return codeBlock(html.getLiteral());
        }
        if (node instanceof ThematicBreak) {
            return new Separator();
        }
        if (node instanceof TableBlock) {
            return table(node);
        }
        return inline(node, List.of());
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox(4);
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof OrderedList ? (number++) + "." : "\u2022";
            Label bullet = new Label(marker);
            bullet.setMinWidth(22);
            VBox content = item instanceof ListItem ? blocks(item) : new VBox();
            content.setSpacing(4);
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(new HBox(4, bullet, content));
        }
        return box;
    }

    private static Node codeBlock(String literal) {
        Text text = new Text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        text.getStyleClass().add("md-code");
        TextFlow flow = new TextFlow(text);
        flow.getStyleClass().add("md-code-block");
        flow.setPadding(new Insets(6, 8, 6, 8));
        return flow;
    }

    private Node table(org.commonmark.node.Node table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setHgap(16);
        grid.setVgap(4);
        List<org.commonmark.node.Node> rows = new ArrayList<>();
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add(row);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (org.commonmark.node.Node cell = rows.get(r).getFirstChild(); cell != null; cell = cell.getNext()) {
                boolean header = cell instanceof TableCell tc && tc.isHeader();
                grid.add(wordsWhole(inline(cell, header ? List.of("md-strong") : List.of())), c++, r);
            }
        }
        return grid;
    }

    /**
     * A table cell never narrower than its longest word, so a narrow table wraps between words
     * ("formatVersion", not "formatVe/rsion"); the width follows the font the style sheet gives.
     */
    private static TextFlow wordsWhole(TextFlow flow) {
        List<Text> texts = flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
        flow.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> texts.stream().mapToDouble(MarkdownPreview::longestWord).max().orElse(0) + 1,
                texts.stream().map(Text::fontProperty).toArray(javafx.beans.Observable[]::new)));
        return flow;
    }

    private static double longestWord(Text text) {
        double widest = 0;
        for (String word : text.getText().split("\\s+")) {
            Text probe = new Text(word);
            probe.setFont(text.getFont());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** A paragraph-like node as one flow of styled text. */
    private TextFlow inline(org.commonmark.node.Node node, List<String> styles) {
        TextFlow flow = new TextFlow();
        appendChildren(flow, node, styles);
        return flow;
    }

    private void appendChildren(TextFlow flow, org.commonmark.node.Node parent, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            append(flow, n, styles);
        }
    }

    private void append(TextFlow flow, org.commonmark.node.Node n, List<String> styles) {
        if (n instanceof org.commonmark.node.Text t) {
            flow.getChildren().add(text(t.getLiteral(), styles));
        } else if (n instanceof Emphasis) {
            appendChildren(flow, n, with(styles, "md-em"));
        } else if (n instanceof StrongEmphasis) {
            appendChildren(flow, n, with(styles, "md-strong"));
        } else if (n instanceof Code c) {
            flow.getChildren().add(text(c.getLiteral(), with(styles, "md-code")));
        } else if (n instanceof SoftLineBreak) {
            flow.getChildren().add(text(" ", styles));
        } else if (n instanceof HardLineBreak) {
            flow.getChildren().add(text("\n", styles));
        } else if (n instanceof HtmlInline html) {
            flow.getChildren().add(text(html.getLiteral(), styles));
        } else if (n instanceof Link link) {
            appendLink(flow, link, styles);
        } else if (n instanceof Image image) {
            appendImage(flow, image, styles);
        } else {
            appendChildren(flow, n, styles);
        }
    }

    /** An image inside other text: never loaded here; a safe address is a link to it. */
    private void appendImage(TextFlow flow, Image image, List<String> styles) {
        String alt = plain(image);
        if (PictureReferences.isPicture(image.getDestination())) {
            flow.getChildren().add(text("[picture: " + (alt.isEmpty() ? image.getDestination() : alt) + "]",
                    with(styles, "md-em")));
        } else if (Markdown.isSafeLink(image.getDestination())) {
            Hyperlink hyperlink = new Hyperlink("[image: " + (alt.isEmpty() ? image.getDestination() : alt) + "]");
            hyperlink.setPadding(Insets.EMPTY);
            hyperlink.setOnAction(e -> openLink.accept(image.getDestination()));
            hyperlink.setFocusTraversable(false);
            flow.getChildren().add(hyperlink);
        } else {
            flow.getChildren().add(text("[image: " + (alt.isEmpty() ? image.getDestination() : alt) + "]",
                    with(styles, "md-em")));
        }
    }

    private void appendLink(TextFlow flow, Link link, List<String> styles) {
        String label = plain(link);
        if (!Markdown.isSafeLink(link.getDestination())) {
            flow.getChildren().add(text(label.isEmpty() ? link.getDestination() : label, styles));
            return;
        }
        Hyperlink hyperlink = new Hyperlink(label.isEmpty() ? link.getDestination() : label);
        hyperlink.setPadding(Insets.EMPTY);
        hyperlink.setOnAction(e -> openLink.accept(link.getDestination()));
        hyperlink.setFocusTraversable(false);
        flow.getChildren().add(hyperlink);
    }

    private static String plain(org.commonmark.node.Node node) {
        StringBuilder out = new StringBuilder();
        for (org.commonmark.node.Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else {
                out.append(plain(n));
            }
        }
        return out.toString();
    }

    private static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }
}
