package dev.hindsight.ui.review;

import atlantafx.base.theme.Styles;
import dev.hindsight.model.RawJson;
import dev.hindsight.ui.support.WindowText;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The small pieces the side panels are built of, so they look alike. */
final class PanelParts {
    /** Characters of a value shown in a panel; the rest is in the report. */
    static final int SHOWN = 400;
    /** Lines of a value shown in a panel. */
    static final int LINES = 12;

    private PanelParts() {
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        return l;
    }

    static Label text(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(ReviewPanels.WIDTH - 40);
        return l;
    }

    static Label muted(String text) {
        Label l = text(text);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    /** One entry of a panel's list: a little room around it, a line under it. */
    static javafx.scene.layout.VBox card() {
        javafx.scene.layout.VBox card = new javafx.scene.layout.VBox(3);
        card.setPadding(new javafx.geometry.Insets(4, 2, 8, 2));
        card.setStyle("-fx-border-color: transparent transparent -color-border-muted transparent; "
                + "-fx-border-width: 0 0 1 0;");
        return card;
    }

    /** A panel's list: each entry drawn by {@code card}, {@code placeholder} when there are none. */
    static <T> javafx.scene.control.ListView<T> list(javafx.collections.ObservableList<T> items, String id,
                                                     String placeholder,
                                                     java.util.function.Function<T, javafx.scene.Node> card) {
        javafx.scene.control.ListView<T> list = new javafx.scene.control.ListView<>(items);
        list.setId(id);
        list.setPlaceholder(muted(placeholder));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            /* No width of its own: the list makes its cells as wide as it is, and never scrolls
               sideways. A card wider than the list had pushed every Take Theirs past its edge. */
            @Override
            protected double computePrefWidth(double height) {
                return snappedLeftInset() + snappedRightInset();
            }

            @Override
            protected void layoutChildren() {
                if (getGraphic() instanceof javafx.scene.layout.Region card) {
                    card.setPrefWidth(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
                }
                super.layoutChildren();
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : card.apply(item));
            }
        });
        return list;
    }

    static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setMnemonicParsing(true);
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    /** A value as a person reads it, shortened: strings without quotes, nothing as "(nothing)". */
    static String value(RawJson json) {
        if (json.equals(RawJson.NULL)) {
            return "(nothing)";
        }
        String t = json.text();
        if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
            try {
                t = dev.hindsight.format.ValueCodecs.STRING.read(json, "");
            } catch (dev.hindsight.format.ReportFormatException e) {
                // shown as the JSON it is
            }
        }
        return shorten(t);
    }

    /** At most {@link #SHOWN} code points and {@link #LINES} lines, its lines kept, without what could make it read backwards. */
    static String shorten(String text) {
        String[] lines = text.split("\\R", -1);
        java.util.List<String> kept = new java.util.ArrayList<>();
        int left = SHOWN;
        for (String raw : lines) {
            String line = WindowText.clean(raw);
            int length = line.codePointCount(0, line.length());
            if (length >= left || kept.size() == LINES) {
                kept.add(left <= 1 || kept.size() == LINES ? "\u2026"
                        : line.substring(0, line.offsetByCodePoints(0, left - 1)) + "\u2026");
                break;
            }
            kept.add(line);
            left -= length + 1;
        }
        return String.join("\n", kept);
    }
}
