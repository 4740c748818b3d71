package dev.hindsight.ui.support;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextInputControl;

/**
 * Two-way link between a text control and a view model's text: typing goes to the view
 * model; a change from the model (undo, redo) reaches the control through {@link TextSync},
 * so the caret stays near the change. The control's own undo is taken out of its context menu:
 * the report's one undo stack serves.
 */
public final class TextBindings {
    private TextBindings() {
    }

    public static void bind(TextInputControl control, StringProperty text) {
        TextControls.withoutOwnUndo(control);
        boolean[] updating = {false};
        TextSync.show(control, text.get() == null ? "" : text.get());
        control.textProperty().addListener((o, before, after) -> {
            if (!updating[0]) {
                updating[0] = true;
                try {
                    text.set(after);
                } finally {
                    updating[0] = false;
                }
            }
        });
        text.addListener((o, before, after) -> {
            if (!updating[0]) {
                updating[0] = true;
                try {
                    TextSync.show(control, after == null ? "" : after);
                } finally {
                    updating[0] = false;
                }
            }
        });
    }
}
