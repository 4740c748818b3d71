package dev.hindsight.ui.support;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
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
        link(control.textProperty(), shown -> TextSync.show(control, shown), text);
    }

    /**
     * The two-way link of any text control: {@code shown} is the control's text, {@code show}
     * puts a text of the model into the control; a change on either side reaches the other once.
     */
    public static void link(ObservableValue<String> shown, Consumer<String> show, StringProperty text) {
        boolean[] updating = {false};
        show.accept(text.get() == null ? "" : text.get());
        shown.addListener((o, before, after) -> {
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
                    show.accept(after == null ? "" : after);
                } finally {
                    updating[0] = false;
                }
            }
        });
    }
}
