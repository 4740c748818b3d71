package dev.hindsight.ui.table;

import dev.hindsight.input.ParseResult;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * A date cell edited with a date picker: pick from the calendar, or type {@code 2024-06-30}
 * and press Enter; an empty text clears the date. Text that is not a date keeps the editor
 * open with the reason.
 */
public final class DatePickerCell<S> extends TableCell<S, LocalDate> implements ActiveEditor {
    private final TableEditing<S> editing;
    private final Committer committer;
    private final Function<S, LocalDate> value;
    private DatePicker picker;
    private boolean finishing;

    public DatePickerCell(TableEditing<S> editing, Committer committer, Function<S, LocalDate> value) {
        this.editing = editing;
        this.committer = committer;
        this.value = value;
    }

    @Override
    public void startEdit() {
        if (isEmpty() || rowItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        picker = new DatePicker(value.apply(rowItem()));
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                return picker.getValue();
            }
        });
        String typed = editing.takeInitialText();
        if (typed != null) {
            picker.getEditor().setText(typed);
        }
        DatePicker own = picker;
        picker.valueProperty().addListener((o, a, b) -> {
            if (!finishing && picker == own && !own.getEditor().isFocused()) {
                finish(b == null ? "" : b.toString(), TableEditing.Move.NONE);
            }
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (picker != own) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                finish(picker.getEditor().getText(), TableEditing.Move.DOWN);
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                finish(picker.getEditor().getText(), e.isShiftDown() ? TableEditing.Move.LEFT : TableEditing.Move.RIGHT);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                finishing = true;
                try {
                    cancelEdit();
                } finally {
                    finishing = false;
                }
            }
        });
        setText(null);
        setGraphic(picker);
        editing.started(this);
        // The editor joins the scene with the picker's skin, on the next layout: focus the picker now
        // (it hands focus to its editor) and place the caret once the editor is there.
        picker.requestFocus();
        javafx.application.Platform.runLater(() -> {
            if (picker == own) {
                own.getEditor().requestFocus();
                own.getEditor().end();
            }
        });
    }

    @Override
    public boolean commitFromOutside() {
        return !isEditing() || picker == null || finish(picker.getEditor().getText(), TableEditing.Move.NONE);
    }

    private boolean finish(String text, TableEditing.Move move) {
        if (finishing) {
            return true;
        }
        int row = getIndex();
        LocalDate before = value.apply(rowItem());
        finishing = true;
        try {
            if (!text.strip().equals(before == null ? "" : before.toString())) {
                ParseResult<String> result = committer.commit(row, text.strip());
                if (!result.isOk()) {
                    String reason = result.error().orElseThrow();
                    picker.setTooltip(new Tooltip(reason));
                    picker.getEditor().pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, true);
                    editing.say("Not taken: " + reason);
                    return false;
                }
            }
            var column = getTableColumn();
            cancelEdit();
            if (move != TableEditing.Move.NONE) {
                editing.moveFrom(row, column, move);
            }
            return true;
        } finally {
            finishing = false;
        }
    }

    @Override
    public void cancelEdit() {
        if (!finishing && picker != null && isEditing() && rowItem() != null) {
            if (!finish(picker.getEditor().getText(), TableEditing.Move.NONE)) {
                finishing = true;
                try {
                    cancelEdit();
                } finally {
                    finishing = false;
                }
            }
            return;
        }
        super.cancelEdit();
        editing.stopped(this);
        picker = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }

    /** The row's item from the table's list, which is current even while the row is being laid out. */
    private S rowItem() {
        int index = getIndex();
        var items = getTableView() == null ? null : getTableView().getItems();
        return items == null || index < 0 || index >= items.size() ? null : items.get(index);
    }

    @Override
    public void updateItem(LocalDate item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && picker != null) {
            return;
        }
        setGraphic(null);
        setText(empty || item == null ? null : item.toString());
    }
}
