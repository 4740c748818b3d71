package dev.hindsight.ui.table;

import atlantafx.base.theme.Styles;
import dev.hindsight.input.ParseResult;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * A table cell with an editor control. Enter commits and moves down, Tab moves across, Escape
 * cancels; leaving the cell any other way (a click elsewhere, a scroll) commits too, so
 * nothing typed is lost. Text the {@link Committer} cannot take keeps the editor open, marked
 * with the reason; if the cell is left anyway, {@code onRejected} is told. The editor is any
 * region (a text field, a date picker, a one-line prose field).
 */
public abstract class EditorCell<S, T, C extends Region> extends TableCell<S, T> implements ActiveEditor {
    /** Called when typed text could not be taken and the editor is leaving. */
    public interface Rejected {
        void keep(int row, String text, String reason);
    }

    protected final TableEditing<S> editing;
    private final Committer committer;
    private final Rejected onRejected;
    private final Function<S, String> editText;
    protected C editor;
    private boolean finishing;

    EditorCell(TableEditing<S> editing, Committer committer, Rejected onRejected, Function<S, String> editText) {
        this.editing = editing;
        this.committer = committer;
        this.onRejected = onRejected;
        this.editText = editText;
    }

    /** The editor for a row, showing {@code text}. */
    protected abstract C createEditor(String text);

    /** What is typed in the editor now. */
    protected abstract String typed(C control);

    /** Gives the editor the focus once it is in the scene, the caret at the end or all selected. */
    protected abstract void focus(C control, boolean caretAtEnd);

    /** Shows the value when not editing. */
    protected abstract void show(T item, boolean empty);

    @Override
    public void startEdit() {
        if (isEmpty() || rowItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String initial = editing.takeInitialText();
        C own = createEditor(initial != null ? initial : editText.apply(rowItem()));
        editor = own;
        own.setId("cell-editor");
        own.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (editor == own) {
                editorKey(e);
            }
        });
        setText(null);
        setGraphic(own);
        editing.started(this);
        focus(own, initial != null);
    }

    /** Leaving the editor by focus (not by a key) commits. */
    protected void focusLost(C own) {
        if (editor == own && isEditing() && !finishing) {
            finish(TableEditing.Move.NONE, true);
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

    /** Commits what is typed (when it changed) and leaves the editor; false when it could not be taken. */
    protected boolean finish(TableEditing.Move move, boolean leaving) {
        if (editor == null || finishing) {
            return true;
        }
        int row = getIndex();
        String text = typed(editor);
        String before = editText.apply(rowItem());
        finishing = true;
        try {
            if (!text.equals(before)) {
                ParseResult<String> result = committer.commit(row, text);
                if (!result.isOk()) {
                    String reason = result.error().orElseThrow();
                    editing.say("Not taken: " + reason);
                    if (!leaving) {
                        editor.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                        Tooltip tip = new Tooltip(reason);
                        if (editor instanceof javafx.scene.control.Control control) {
                            control.setTooltip(tip);
                        } else {
                            Tooltip.install(editor, tip);
                        }
                        return false;
                    }
                    onRejected.keep(row, text, reason);
                } else if (!result.value().isEmpty()) {
                    editing.say(result.value());
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
        if (!finishing && editor != null && isEditing() && rowItem() != null) {
            finish(TableEditing.Move.NONE, true);
            return;
        }
        super.cancelEdit();
        editing.stopped(this);
        editor = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }

    /** The row's item from the table's list, which is current even while the row is being laid out. */
    protected S rowItem() {
        int index = getIndex();
        var items = getTableView() == null ? null : getTableView().getItems();
        return items == null || index < 0 || index >= items.size() ? null : items.get(index);
    }

    @Override
    public void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && editor != null) {
            return;
        }
        setGraphic(null);
        show(item, empty);
    }
}
