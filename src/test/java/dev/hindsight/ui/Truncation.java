package dev.hindsight.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Finds text a user cannot read whole: a {@link Labeled} whose skin shows less than its text
 * (ellipsized or clipped), and a text field narrower than the text in it. Called on the FX thread
 * after a layout pass.
 */
final class Truncation {
    /** Table columns holding free text, which may rightly end in "…" in a narrow column. */
    static final Set<String> FREE_TEXT_COLUMNS = Set.of("Title", "Owner", "Ticket link", "Event");

    private Truncation() {
    }

    static List<String> in(Node root) {
        return in(root, n -> true);
    }

    static List<String> in(Node root, Predicate<Node> include) {
        List<String> found = new ArrayList<>();
        walk(root, include, found);
        return found;
    }

    private static void walk(Node node, Predicate<Node> include, List<String> found) {
        if (!node.isVisible() || !include.test(node)) {
            return;
        }
        if (node instanceof Labeled labeled && !isFreeTextCell(labeled)) {
            check(labeled, found);
        } else if (node instanceof TextField field && holdsShortValue(field)) {
            check(field, found);
        }
        if (node instanceof Parent parent) {
            if (parent instanceof HBox || parent instanceof VBox || parent instanceof GridPane) {
                overlaps(parent, found);
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, include, found);
            }
        }
    }

    /** A label that a neighbour in a row or column layout covers: its text is cut without an ellipsis. */
    private static void overlaps(Parent layout, List<String> found) {
        List<Node> children = layout.getChildrenUnmodifiable().stream()
                .filter(n -> n.isVisible() && n.isManaged()).toList();
        for (Node child : children) {
            if (!(child instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isEmpty()) {
                continue;
            }
            for (Node other : children) {
                if (other != child) {
                    javafx.geometry.Bounds a = child.getBoundsInParent();
                    javafx.geometry.Bounds b = other.getBoundsInParent();
                    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                    if (w > 1 && h > 1) {
                        found.add(describe(child) + " \u201c" + labeled.getText() + "\u201d is covered by "
                                + describe(other));
                    }
                }
            }
        }
    }

    /** A field for a date, a time or a number, which must show its whole value (free text may scroll). */
    private static boolean holdsShortValue(TextField field) {
        return field.getParent() instanceof javafx.scene.control.DatePicker
                || field.getId() != null && (field.getId().endsWith("-time") || field.getId().endsWith("-affected"));
    }

    private static boolean isFreeTextCell(Labeled labeled) {
        return labeled instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && FREE_TEXT_COLUMNS.contains(cell.getTableColumn().getText());
    }

    private static void check(Labeled labeled, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getWidth() <= 0) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        Text shown = textNode(labeled);
        if (shown == null) {
            return;
        }
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset()
                - graphicRoom(labeled);
        double needed = shown.getLayoutBounds().getWidth();
        if (!expected.equals(shown.getText())) {
            found.add(describe(labeled) + " shows \u201c" + shown.getText() + "\u201d of \u201c" + expected + "\u201d");
        } else if (!labeled.isWrapText() && needed > room + 1) {
            found.add(describe(labeled) + " \u201c" + expected + "\u201d needs " + Math.round(needed) + " px, has "
                    + Math.round(room));
        }
    }

    private static double graphicRoom(Labeled labeled) {
        Node graphic = labeled.getGraphic();
        if (graphic == null || !graphic.isVisible() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.TOP
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.BOTTOM
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.CENTER) {
            return 0;
        }
        return graphic.getLayoutBounds().getWidth() + labeled.getGraphicTextGap();
    }

    private static void check(TextField field, List<String> found) {
        Text shown = textNode(field);
        String text = field.getText();
        if (shown == null || text == null || text.isEmpty() || field.getWidth() <= 0) {
            return;
        }
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        double needed = shown.getLayoutBounds().getWidth();
        if (needed > room + 1) {
            found.add(describe(field) + " \u201c" + text + "\u201d needs " + Math.round(needed) + " px, has "
                    + Math.round(room));
        }
    }

    /** The text node a control's skin draws its text with (style class "text"), or null. */
    private static Text textNode(Parent control) {
        for (Node child : control.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
            if (child instanceof Parent p && !(child instanceof javafx.scene.control.Control)) {
                Text inner = textNode(p);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String withoutMnemonic(String text) {
        int i = text.indexOf('_');
        return i >= 0 && i < text.length() - 1 ? text.substring(0, i) + text.substring(i + 1) : text;
    }

    private static String describe(Node node) {
        String id = node.getId();
        for (Node n = node; id == null && n.getParent() != null; n = n.getParent()) {
            id = n.getParent().getId() == null ? null : "in #" + n.getParent().getId();
        }
        return node.getClass().getSimpleName() + (id == null ? "" : " " + (id.startsWith("in ") ? id : "#" + id));
    }
}
