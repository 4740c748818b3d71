package dev.hindsight.ui.summary;

import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Completion for a field holding a list separated by commas: while the user types an item, a
 * list below the field offers known words for it; Down and Up choose, Enter or Tab takes the
 * chosen word (it replaces the item being typed), Escape closes, a click takes a word too.
 * The field keeps the keyboard all along.
 */
final class ListCompletion {
    private final TextField field;
    private final BiFunction<String, List<String>, List<String>> suggest;
    private final ListView<String> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean taking;

    /** @param suggest the words for what is typed of the current item, given the items already chosen */
    ListCompletion(TextField field, BiFunction<String, List<String>, List<String>> suggest) {
        this.field = field;
        this.suggest = suggest;
        list.setId(field.getId() + "-completions");
        list.setFocusTraversable(false);
        list.setPrefWidth(280);
        list.setOnMouseClicked(e -> take());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // Typing changes the text before it moves the caret: the caret's move brings the final state.
        field.textProperty().addListener((o, a, b) -> changed());
        field.caretPositionProperty().addListener((o, a, b) -> changed());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void changed() {
        if (field.isFocused() && !taking) {
            update();
        }
    }

    /** Where the item being typed starts: after the last comma before the caret. */
    private int itemStart() {
        String text = field.getText();
        int caret = Math.min(field.getCaretPosition(), text.length());
        return text.lastIndexOf(',', caret - 1) + 1;
    }

    private void update() {
        String text = field.getText();
        int start = itemStart();
        int caret = Math.min(field.getCaretPosition(), text.length());
        String typed = text.substring(start, Math.max(start, caret));
        List<String> chosen = ClassificationViewModel.items(text.substring(0, start));
        List<String> words = typed.isBlank() ? List.of() : suggest.apply(typed, chosen);
        if (words.isEmpty()) {
            list.getItems().clear();
            popup.hide();
            return;
        }
        list.getItems().setAll(words);
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(words.size(), 8) * 26 + 4);
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY());
            }
        }
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, i)));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            take();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            popup.hide();
            e.consume();
        }
    }

    /** Replaces the item being typed with the chosen word, and a comma to go on. */
    private void take() {
        String word = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (word == null) {
            return;
        }
        String text = field.getText();
        int start = itemStart();
        int end = text.indexOf(',', Math.min(field.getCaretPosition(), text.length()));
        String before = text.substring(0, start);
        String after = end < 0 ? "" : text.substring(end);
        String replaced = (before.isEmpty() ? "" : before.stripTrailing() + " ") + word + (after.isEmpty() ? ", " : after);
        taking = true;
        try {
            field.setText(replaced);
            field.positionCaret(replaced.length() - after.length());
        } finally {
            taking = false;
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
