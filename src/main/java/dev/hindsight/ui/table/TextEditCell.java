package dev.hindsight.ui.table;

import atlantafx.base.theme.Styles;
import dev.hindsight.input.ParseResult;
import dev.hindsight.ui.support.TextControls;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A table cell edited as one line of text. Enter commits and moves down, Tab moves across,
 * Escape cancels; leaving the cell any other way commits too, so nothing typed is lost. Text
 * the {@link Committer} cannot take keeps the cell editing, marked with the reason; if the
 * focus leaves anyway, {@code onRejected} keeps the text for display.
 */
public final class TextEditCell<S> extends TableCell<S, String> implements ActiveEditor {
    /** Called when typed text could not be taken and the editor is leaving. */
    public interface Rejected {
        void keep(int row, String text, String reason);
    }

    private final TableEditing<S> editing;
    private final Committer committer;
    private final Rejected onRejected;
    private final Function<S, String> editText;
    private java.util.function.BiConsumer<TextEditCell<S>, S> decorator = (cell, row) -> { };
    private TextField field;
    private boolean finishing;
    private Tooltip tip;
    private String tipText;

    public TextEditCell(TableEditing<S> editing, Committer committer, Rejected onRejected, Function<S, String> editText) {
        this.editing = editing;
        this.committer = committer;
        this.onRejected = onRejected;
        this.editText = editText;
    }

    /**
     * Shows {@code text} as the tooltip of the item being shown; called by the decorator. One
     * tooltip per cell is reused: a new one per update made scrolling a long table lag.
     */
    public void tooltip(String text) {
        tipText = text;
    }

    /** Styles the shown cell from its row (a rejected time in red, with the reason as tooltip). */
    public TextEditCell<S> decorated(java.util.function.BiConsumer<TextEditCell<S>, S> styling) {
        this.decorator = styling;
        return this;
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getTableRow() == null || getTableRow().getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = editing.takeInitialText();
        field = TextControls.withoutOwnUndo(new TextField(typed != null ? typed : editText.apply(getTableRow().getItem())));
        field.setId("cell-editor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing() && !finishing) {
                finish(TableEditing.Move.NONE, true);
            }
        });
        setText(null);
        setGraphic(field);
        editing.started(this);
        field.requestFocus();
        if (typed != null) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    private void editorKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            e.consume();
            finish(TableEditing.Move.DOWN, false);
        } else if (e.getCode() == KeyCode.TAB) {
            e.consume();
            finish(e.isShiftDown() ? TableEditing.Move.LEFT : TableEditing.Move.RIGHT, false);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            finishing = true;
            try {
                cancelEdit();
            } finally {
                finishing = false;
            }
            getTableView().requestFocus();
        }
    }

    @Override
    public boolean commitFromOutside() {
        return !isEditing() || finish(TableEditing.Move.NONE, true);
    }

    private boolean finish(TableEditing.Move move, boolean leaving) {
        if (field == null || finishing) {
            return true;
        }
        int row = getIndex();
        String text = field.getText();
        String before = editText.apply(getTableRow().getItem());
        finishing = true;
        try {
            if (!text.equals(before)) {
                ParseResult<String> result = committer.commit(row, text);
                if (!result.isOk()) {
                    String reason = result.error().orElseThrow();
                    if (!leaving) {
                        field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                        field.setTooltip(new Tooltip(reason));
                        editing.say("Not taken: " + reason);
                        return false;
                    }
                    onRejected.keep(row, text, reason);
                    editing.say("Not taken: " + reason);
                } else if (!result.value().isEmpty()) {
                    editing.say(result.value());
                }
            }
            TableEditing<S> table = editing;
            var column = getTableColumn();
            cancelEdit();
            if (move != TableEditing.Move.NONE) {
                table.moveFrom(row, column, move);
            }
            return true;
        } finally {
            finishing = false;
        }
    }

    @Override
    public void cancelEdit() {
        if (!finishing && field != null && isEditing()) {
            // Left by a click elsewhere or a scroll: commit rather than lose what was typed.
            finish(TableEditing.Move.NONE, true);
            return;
        }
        super.cancelEdit();
        editing.stopped(this);
        field = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && field != null) {
            return;
        }
        setText(empty ? null : item);
        setGraphic(null);
        tipText = null;
        getStyleClass().remove("rejected");
        if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
            decorator.accept(this, getTableRow().getItem());
        }
        if (tipText == null) {
            setTooltip(null);
        } else {
            tip = tip == null ? new Tooltip() : tip;
            tip.setText(tipText);
            setTooltip(tip);
        }
    }
}
