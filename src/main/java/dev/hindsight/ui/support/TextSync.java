package dev.hindsight.ui.support;

import javafx.scene.control.TextInputControl;

/**
 * Puts text from the model (an undo, a redo) into a text control by replacing only the part
 * that differs, so the caret lands where the change is instead of jumping to the end.
 */
public final class TextSync {
    /** What a text control offers for this: JavaFX's text controls and the prose editor alike. */
    public interface Target {
        String text();

        void replace(int start, int end, String text);

        boolean focused();

        void caretTo(int position);
    }

    private TextSync() {
    }

    public static void show(TextInputControl control, String text) {
        show(new Target() {
            @Override
            public String text() {
                return control.getText() == null ? "" : control.getText();
            }

            @Override
            public void replace(int start, int end, String t) {
                control.replaceText(start, end, t);
            }

            @Override
            public boolean focused() {
                return control.isFocused();
            }

            @Override
            public void caretTo(int position) {
                control.positionCaret(position);
            }
        }, text);
    }

    public static void show(Target control, String text) {
        String old = control.text();
        if (old.equals(text)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(old.length(), text.length());
        while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        control.replace(prefix, old.length() - suffix, text.substring(prefix, text.length() - suffix));
        if (!control.focused()) {
            // Replacing leaves the caret after the new text, and a text area scrolls to its caret:
            // a control showing a report just opened, or an undo done elsewhere, shows where the
            // change starts (the top, for a whole new text), not its end.
            control.caretTo(prefix);
        }
    }
}
