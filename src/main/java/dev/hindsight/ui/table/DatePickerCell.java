package dev.hindsight.ui.table;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date cell edited with a date picker: pick from the calendar, or type {@code 2024-06-30}
 * and press Enter; an empty text clears the date (see {@link EditorCell} for the keys).
 */
public final class DatePickerCell<S> extends EditorCell<S, LocalDate, DatePicker> {
    public DatePickerCell(TableEditing<S> editing, Committer committer, Function<S, LocalDate> value) {
        super(editing, committer, (row, text, reason) -> { }, row -> {
            LocalDate date = value.apply(row);
            return date == null ? "" : date.toString();
        });
    }

    @Override
    protected DatePicker createEditor(String text) {
        DatePicker picker = new DatePicker();
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                // The typed text is read by the committer, which names what is wrong with it.
                return picker.getValue();
            }
        });
        picker.getEditor().setText(text);
        picker.valueProperty().addListener((o, a, b) -> {
            if (editor == picker && !picker.getEditor().isFocused()) {
                picker.getEditor().setText(b == null ? "" : b.toString());
                finish(TableEditing.Move.NONE, false);
            }
        });
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now && !picker.isShowing()) {
                focusLost(picker);
            }
        });
        return picker;
    }

    @Override
    protected String typed(DatePicker picker) {
        return picker.getEditor().getText().strip();
    }

    @Override
    protected void focus(DatePicker picker, boolean caretAtEnd) {
        // The editor joins the scene with the picker's skin, on the next layout: focus the picker
        // now (it hands focus to its editor) and place the caret once the editor is there.
        picker.requestFocus();
        Platform.runLater(() -> {
            if (editor == picker) {
                picker.getEditor().requestFocus();
                picker.getEditor().end();
            }
        });
    }

    @Override
    protected void show(LocalDate item, boolean empty) {
        setText(empty || item == null ? null : item.toString());
    }
}
