package dev.hindsight.ui.window;

import atlantafx.base.theme.Styles;
import dev.hindsight.format.FormatWarning;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The status bar: the file, saved or unsaved, what is running, and the reader's warnings. */
final class StatusLine {
    private StatusLine() {
    }

    static StatusBar build(DocumentViewModel doc, ObservableStringValue activity, ExportActions exports,
                           ObservableStringValue autosave) {
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
        running.visibleProperty().bind(Bindings.createBooleanBinding(() -> !activity.get().isEmpty(), activity));

        Label warnings = new Label();
        warnings.setId("status-warnings");
        warnings.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warnings.getStyleClass().add(Styles.WARNING);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> summary(doc), doc.warnings()));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(doc.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> doc.warnings().stream()
                .map(FormatWarning::toString).collect(Collectors.joining("\n")), doc.warnings()));
        warnings.setTooltip(tip);

        javafx.scene.control.ProgressBar exporting = new javafx.scene.control.ProgressBar();
        exporting.setId("status-export-progress");
        exporting.progressProperty().bind(exports.progress());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("status-export-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> exports.cancel());
        for (javafx.scene.Node n : new javafx.scene.Node[] {exporting, cancel}) {
            n.visibleProperty().bind(exports.progress().greaterThanOrEqualTo(0));
            n.managedProperty().bind(n.visibleProperty());
        }
        Label autosaved = new Label();
        autosaved.setId("status-autosave");
        autosaved.textProperty().bind(autosave);
        bar.getRightItems().addAll(running, exporting, cancel, new Separator(javafx.geometry.Orientation.VERTICAL),
                warnings, saved, autosaved);
        return bar;
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
        return doc.warnings().size() == 1 ? first.toString() : doc.warnings().size() + " warnings";
    }
}
