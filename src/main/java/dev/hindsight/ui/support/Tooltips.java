package dev.hindsight.ui.support;

import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control rather than with the window: a
 * tooltip is a popup window of its own, and the window's first frame made about twenty that
 * nobody had pointed at yet (issue 18). A tooltip shows once the pointer rests after moving over
 * its control, so one made as the pointer enters (or first moves over it) shows as before. The text is the control's
 * accessible help from the start, as a tooltip's text would be.
 */
public final class Tooltips {
    private Tooltips() {
    }

    /** A tooltip saying {@code text}. */
    public static void onHover(Control control, String text) {
        onHover(control, new javafx.beans.property.ReadOnlyStringWrapper(text), tip -> {
        });
    }

    /** A tooltip saying {@code text} as it changes. */
    public static void onHover(Control control, ObservableStringValue text) {
        onHover(control, text, tip -> {
        });
    }

    /** A tooltip saying {@code text} as it changes, {@code shaped} (wrapping, width) when made. */
    public static void onHover(Control control, ObservableStringValue text, Consumer<Tooltip> shaped) {
        control.accessibleHelpProperty().bind(text);
        EventHandler<MouseEvent> entered = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                // a tooltip of the moment (a field's error) is left alone: this one waits for the next time
                if (control.getTooltip() == null) {
                    control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    control.removeEventHandler(MouseEvent.MOUSE_MOVED, this);
                    Tooltip tip = new Tooltip();
                    tip.textProperty().bind(text);
                    shaped.accept(tip);
                    control.setTooltip(tip);
                }
            }
        };
        // entering, or moving over it when the window opened under a resting pointer
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, entered);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, entered);
    }
}
