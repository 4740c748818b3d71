package dev.hindsight.ui.dialogs;

import dev.hindsight.ui.Theme;
import dev.hindsight.ui.support.WholeText;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * How every dialog of a window looks: the window's theme and zoom, its labels and buttons whole,
 * and its text areas as tall as their text (up to a limit), so no text hides behind a scroll bar.
 */
public final class DialogLook {
    /** Beyond this many lines a text area scrolls rather than grow past the screen. */
    static final int MAX_ROWS = 24;

    private DialogLook() {
    }

    public static <D extends Dialog<?>> D dress(D dialog, double zoom) {
        DialogPane pane = dialog.getDialogPane();
        Theme.style(pane, zoom);
        // before the window takes its size from the pane's preferred size
        dialog.setOnShowing(e -> {
            pane.applyCss();
            WholeText.inside(pane);
            fitTextAreas(pane.getContent());
        });
        return dialog;
    }

    private static void fitTextAreas(Node node) {
        if (node instanceof TextArea area && area.isWrapText()) {
            fitHeight(area);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(DialogLook::fitTextAreas);
        }
    }

    /**
     * Makes a wrapping text area as tall as its text at its preferred width: its skin's row count
     * leaves out the padding around the text, so the text's own region is asked.
     */
    static void fitHeight(TextArea area) {
        area.applyCss();
        Insets around = area.getInsets();
        double width = area.prefWidth(-1) - around.getLeft() - around.getRight();
        Region text = area.lookupAll(".content").stream().filter(n -> n != area && n instanceof Region)
                .map(Region.class::cast).findFirst().orElse(null);
        if (text == null) {
            return;
        }
        Text line = new Text("X");
        line.setFont(area.getFont());
        double height = Math.min(text.prefHeight(width), MAX_ROWS * line.getLayoutBounds().getHeight());
        area.setPrefHeight(Math.ceil(height + around.getTop() + around.getBottom() + 2));
    }
}
