package dev.hindsight.ui.window;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Sends Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y to the report's undo stack wherever the focus is,
 * before a text control can take them for its own private undo.
 */
final class UndoKeys {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    static void install(Scene scene, Runnable undo, Runnable redo) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e) || REDO_Y.match(e)) {
                e.consume();
                redo.run();
            } else if (UNDO.match(e)) {
                e.consume();
                undo.run();
            }
        });
    }
}
