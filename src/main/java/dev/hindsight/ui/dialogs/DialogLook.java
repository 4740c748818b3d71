package dev.hindsight.ui.dialogs;

import dev.hindsight.ui.Theme;
import dev.hindsight.ui.support.WholeText;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * How every dialog of a window looks: the window's theme and zoom, its labels and buttons whole,
 * and its text areas as tall as their text (up to half the screen), so no text hides behind a scroll bar;
 * never wider than the screen, and kept on it.
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
            Rectangle2D screen = screen(dialog.getOwner());
            fitTextAreas(pane.getContent(), screen.getWidth() * 0.8, screen.getHeight() / 2);
        });
        dialog.setOnShown(e -> keepOnScreen(pane.getScene().getWindow(), screen(dialog.getOwner())));
        return dialog;
    }

    /** Moves a dialog centred on a smaller window back onto the screen, its top left corner first. */
    private static void keepOnScreen(Window window, Rectangle2D screen) {
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }

    /** The visible part of the screen {@code owner} is on (the primary screen without an owner). */
    public static Rectangle2D screen(Window owner) {
        Screen screen = owner == null ? Screen.getPrimary() : Screen.getScreensForRectangle(owner.getX(),
                owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(Screen.getPrimary());
        return screen.getVisualBounds();
    }

    private static void fitTextAreas(Node node, double maxWidth, double maxHeight) {
        if (node instanceof TextArea area && area.isWrapText()) {
            area.applyCss();
            area.setPrefWidth(Math.min(area.prefWidth(-1), maxWidth));
            fitHeight(area, maxHeight);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> fitTextAreas(n, maxWidth, maxHeight));
        }
    }

    /**
     * Makes a wrapping text area as tall as its text at its preferred width: its skin's row count
     * leaves out the padding around the text, so the text's own region is asked.
     */
    static void fitHeight(TextArea area, double maxHeight) {
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
        double height = Math.min(Math.min(text.prefHeight(width), MAX_ROWS * line.getLayoutBounds().getHeight()),
                maxHeight);
        area.setPrefHeight(Math.ceil(height + around.getTop() + around.getBottom() + 2));
    }
}
