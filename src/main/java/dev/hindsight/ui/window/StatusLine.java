package dev.hindsight.ui.window;

import atlantafx.base.theme.Styles;
import dev.hindsight.format.FormatWarning;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import dev.hindsight.ui.support.WholeText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import dev.hindsight.ui.support.Tooltips;
import javafx.scene.text.Text;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The status bar: the file, saved or unsaved, what is running, and the reader's warnings. */
final class StatusLine {
    /** Room, in ems, the file's path keeps before the warnings shorten to a count. */
    private static final double PATH_ROOM_EM = 6;

    private StatusLine() {
    }

    static StatusBar build(DocumentViewModel doc, ObservableStringValue activity, ExportActions exports,
                           ObservableStringValue autosave, UnshownCharacters unshown) {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.getStyleClass().add("status-line");
        bar.textProperty().bind(Bindings.createStringBinding(() -> doc.file().get() == null
                ? "Not saved yet" : doc.file().get().toAbsolutePath().toString(), doc.file()));

        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(Bindings.createStringBinding(() -> doc.dirty().get() ? "Unsaved changes"
                : doc.file().get() == null ? "" : "Saved", doc.dirty(), doc.file()));

        Label running = new Label();
        running.textProperty().bind(activity);

        Label warnings = new Label();
        warnings.setId("status-warnings");
        warnings.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warnings.getStyleClass().add(Styles.WARNING);
        // short of room (a large zoom, a narrow window), the warnings say only how many: the rest stays whole
        BooleanProperty compact = new SimpleBooleanProperty();
        warnings.textProperty().bind(Bindings.createStringBinding(() -> compact.get() ? count(doc) : summary(doc),
                doc.warnings(), compact));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(doc.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        Tooltips.onHover(warnings, Bindings.createStringBinding(() -> doc.warnings().stream()
                .map(FormatWarning::toString).collect(Collectors.joining("\n")), doc.warnings()));

        Label autosaved = new Label();
        autosaved.setId("status-autosave");
        autosaved.textProperty().bind(autosave);
        Label fonts = new Label();
        fonts.setId("status-fonts");
        fonts.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        fonts.getStyleClass().add(Styles.WARNING);
        fonts.textProperty().bind(unshown.notice());
        Tooltips.onHover(fonts, unshown.details(), which -> {
            which.setWrapText(true);
            which.setMaxWidth(640);
        });
        shownWhenSaying(fonts);
        shownWhenSaying(running);
        shownWhenSaying(saved);
        shownWhenSaying(autosaved);
        javafx.scene.layout.HBox export = new javafx.scene.layout.HBox(6);
        export.setAlignment(javafx.geometry.Pos.CENTER);
        export.visibleProperty().bind(exports.progress().greaterThanOrEqualTo(0));
        // the export's bar and Cancel button are made when the first export starts, not with the window
        export.visibleProperty().addListener((o, was, shown) -> {
            if (shown && export.getChildren().isEmpty()) {
                export.getChildren().setAll(exportProgress(exports));
            }
        });
        bar.getRightItems().addAll(apart(List.of(running, export, warnings, fonts, saved, autosaved)));
        InvalidationListener fit = o -> compact.set(needed(bar, warnings, summary(doc))
                > bar.getWidth() - PATH_ROOM_EM * warnings.getFont().getSize());
        bar.widthProperty().addListener(fit);
        doc.warnings().addListener(fit);
        warnings.fontProperty().addListener(fit);
        for (Label item : List.of(running, fonts, saved, autosaved)) {
            item.textProperty().addListener(fit);
        }
        bar.getRightItems().forEach(WholeText::inside);
        // the path's own tooltip (on the whole bar it would hide the items' tooltips)
        bar.skinProperty().addListener((o, before, skin) -> {
            if (bar.lookup(".status-label") instanceof Label label) {
                Tooltips.onHover(label, bar.textProperty());
            }
        });
        return bar;
    }

    private static List<Node> exportProgress(ExportActions exports) {
        javafx.scene.control.ProgressBar exporting = new javafx.scene.control.ProgressBar();
        exporting.setId("status-export-progress");
        exporting.progressProperty().bind(exports.progress());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("status-export-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> exports.cancel());
        return List.of(exporting, WholeText.inside(cancel));
    }

    /** The width the right-hand items take with the warnings' long text {@code full}. */
    private static double needed(StatusBar bar, Label warnings, String full) {
        double total = 0;
        for (Node item : bar.getRightItems()) {
            if (item.isVisible() && item.isManaged()) {
                total += item.prefWidth(-1);
            }
        }
        if (warnings.isVisible()) {
            total += textWidth(full, warnings) - textWidth(warnings.getText(), warnings);
        }
        return total + warnings.getFont().getSize(); // the gaps between the items
    }

    private static double textWidth(String text, Label like) {
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    private static String count(DocumentViewModel doc) {
        return doc.warnings().size() == 1 ? "1 warning" : doc.warnings().size() + " warnings";
    }

    /** A label of the status bar takes no room while it has nothing to say. */
    private static void shownWhenSaying(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    /** The items with a separator before each visible one, apart from the file's path and from each other. */
    private static List<Node> apart(List<Node> items) {
        List<Node> out = new ArrayList<>();
        for (Node item : items) {
            if (!item.managedProperty().isBound()) {
                item.managedProperty().bind(item.visibleProperty());
            }
            Separator separator = new Separator(Orientation.VERTICAL);
            separator.visibleProperty().bind(item.visibleProperty());
            separator.managedProperty().bind(separator.visibleProperty());
            out.add(separator);
            out.add(item);
        }
        return out;
    }

    private static String summary(DocumentViewModel doc) {
        if (doc.warnings().isEmpty()) {
            return "";
        }
        FormatWarning first = doc.warnings().get(0);
        if (first.kind() == FormatWarning.Kind.NEWER_VERSION) {
            return "Made by a newer version of Hindsight" + (doc.warnings().size() > 1
                    ? " (+" + (doc.warnings().size() - 1) + " more)" : "");
        }
        return doc.warnings().size() == 1 ? first.toString() : count(doc);
    }
}
