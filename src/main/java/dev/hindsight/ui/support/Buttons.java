package dev.hindsight.ui.support;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Toolbar buttons of the section tabs: an icon, an optional label, a tooltip naming the shortcut. */
public final class Buttons {
    private Buttons() {
    }

    public static Button tool(String id, String text, Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
