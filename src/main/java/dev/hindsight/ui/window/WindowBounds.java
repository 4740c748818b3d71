package dev.hindsight.ui.window;

import dev.hindsight.ui.support.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where a window opens: where the last one closed (if that is still on a screen), each further window a step down. */
final class WindowBounds {
    private static final int CASCADE = 24;

    private WindowBounds() {
    }

    /** Puts {@code stage}, the {@code nth} window open (1 for the first), where the settings remember. */
    static void restore(Stage stage, Settings settings, int nth) {
        settings.windowBounds().filter(b -> !Screen.getScreensForRectangle(b).isEmpty()).ifPresent(b -> {
            int offset = CASCADE * (nth - 1);
            stage.setX(b.getMinX() + offset);
            stage.setY(b.getMinY() + offset);
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        });
        stage.setMaximized(settings.windowMaximized());
    }

    /** Remembers where {@code stage} is, or that it is maximised, for the next window. */
    static void remember(Stage stage, Settings settings) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.setWindowBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                    false);
        } else {
            settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        }
    }
}
