package dev.hindsight.ui.window;

import dev.hindsight.export.SeverityColors;
import dev.hindsight.model.Report;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The severity and status at the right of the toolbar ("● SEV1 Final"), in the PDF's severity colour. */
final class SeverityBadge {
    private SeverityBadge() {
    }

    static Node build(DocumentViewModel doc) {
        Label badge = new Label();
        badge.setId("severity-badge");
        badge.getStyleClass().add("severity-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> text(doc.current()), doc.report()));
        badge.styleProperty().bind(Bindings.createStringBinding(() -> doc.current().severity() == null
                ? "" : "-fx-text-fill: " + SeverityColors.of(doc.current().severity()) + ";", doc.report()));
        return badge;
    }

    private static String text(Report r) {
        return (r.severity() == null ? "" : "\u25CF " + r.severity().code() + "  ") + r.status().label();
    }
}
