package dev.hindsight.ui.support;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Buttons of the window's bars: the section tabs' tools (an icon, an optional label, a tooltip naming the shortcut), the find bar's. */
public final class Buttons {
    private Buttons() {
    }

    public static Button tool(String id, String text, Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        Tooltips.onHover(button, tip);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A button with a short text that never shrinks below it. */
    public static Button text(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        Tooltips.onHover(b, tip);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** An on/off button with a short text that never shrinks below it. */
    public static ToggleButton toggle(String text, String id, String tip) {
        ToggleButton t = new ToggleButton(text);
        t.setId(id);
        Tooltips.onHover(t, tip);
        t.setMinWidth(ToggleButton.USE_PREF_SIZE);
        return t;
    }
}
