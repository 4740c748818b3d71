package dev.hindsight.ui.timeline;

import dev.hindsight.export.KindColors;
import dev.hindsight.model.EntryKind;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** Shows a timeline kind as a coloured label; misleading paths with a warning triangle. */
final class KindCell extends TableCell<TimelineRow, EntryKind> {
    @Override
    protected void updateItem(EntryKind kind, boolean empty) {
        super.updateItem(kind, empty);
        setText(null);
        if (empty || kind == null) {
            setGraphic(null);
            return;
        }
        Label label = new Label((kind.equals(EntryKind.MISLEADING) ? "\u25B2 " : "\u25CF ") + kind.label());
        label.getStyleClass().add("kind-label");
        label.setStyle("-fx-text-fill: " + KindColors.of(kind).hex() + ";");
        setGraphic(label);
    }
}
