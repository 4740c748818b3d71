package dev.hindsight.ui.table;

import dev.hindsight.ui.support.RowReveal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet-like keyboard editing for a table whose columns are given in order: typing on a
 * cell starts editing it with that character, Enter/F2 edits, Tab and Shift+Tab move across
 * (starting to edit text cells), and an editor's Enter commits and moves down. Knows the cell
 * being edited, so that any command can first commit what is typed.
 */
public final class TableEditing<S> {
    /** Where to go after a commit. */
    public enum Move { NONE, DOWN, RIGHT, LEFT }

    private final TableView<S> table;
    private final List<TableColumn<S, ?>> columns;
    private final Set<TableColumn<S, ?>> textColumns;
    private final Consumer<String> status;
    private final java.util.Map<TableColumn<S, ?>, java.util.function.BiConsumer<Integer, String>> typed =
            new java.util.HashMap<>();
    private final java.util.Map<TableColumn<S, ?>, java.util.function.IntConsumer> activated = new java.util.HashMap<>();
    private ActiveEditor editing;
    private String initialText;
    private Consumer<String> linesPasted;

    public TableEditing(TableView<S> table, List<TableColumn<S, ?>> columns, Set<TableColumn<S, ?>> textColumns,
                        Consumer<String> status) {
        this.table = table;
        this.columns = columns;
        this.textColumns = textColumns;
        this.status = status;
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(false);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    /** A column that is not edited as text: what a typed character does on it (set a kind by its letter). */
    public void onType(TableColumn<S, ?> column, java.util.function.BiConsumer<Integer, String> action) {
        typed.put(column, action);
    }

    /** What Enter, F2 or Space does on a column that is not edited as text (open a chooser). */
    public void onActivate(TableColumn<S, ?> column, java.util.function.IntConsumer action) {
        activated.put(column, action);
    }

    /**
     * What a paste of several lines into a cell editor does instead of joining them into the
     * cell (the timeline shows them in its paste preview, as rows).
     */
    public void onLinesPasted(Consumer<String> action) {
        linesPasted = action;
    }

    /** Takes a paste into a cell editor when it holds several lines; false when the editor pastes it. */
    boolean pasteLines(String text) {
        if (linesPasted == null || text == null || text.lines().filter(l -> !l.isBlank()).limit(2).count() < 2) {
            return false;
        }
        // After the key event that pasted: the command commits the editor, which removes it.
        Platform.runLater(() -> linesPasted.accept(text));
        return true;
    }

    /** Commits whatever is being typed in a cell; false when it could not be taken. */
    public boolean commitPending() {
        return editing == null || editing.commitFromOutside();
    }

    void started(ActiveEditor cell) {
        editing = cell;
    }

    void stopped(ActiveEditor cell) {
        if (editing == cell) {
            editing = null;
        }
    }

    /** The character that started this edit, consumed by the editor once. */
    String takeInitialText() {
        String text = initialText;
        initialText = null;
        return text;
    }

    void say(String message) {
        status.accept(message);
    }

    public boolean isEditing() {
        return editing != null;
    }

    private TablePosition<S, ?> focused() {
        return table.getFocusModel().getFocusedCell();
    }

    private void keyPressed(KeyEvent e) {
        if (editing != null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        TablePosition<S, ?> at = focused();
        if (at == null || at.getRow() < 0) {
            return;
        }
        if (e.getCode() == KeyCode.TAB) {
            e.consume();
            moveFrom(at.getRow(), at.getTableColumn(), e.isShiftDown() ? Move.LEFT : Move.RIGHT);
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && textColumns.contains(at.getTableColumn())) {
            e.consume();
            edit(at.getRow(), at.getTableColumn(), null);
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.SPACE)
                && activated.containsKey(at.getTableColumn())) {
            e.consume();
            activated.get(at.getTableColumn()).accept(at.getRow());
        }
    }

    private void keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (editing != null || e.isShortcutDown() || e.isAltDown() || e.isControlDown() || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        TablePosition<S, ?> at = focused();
        if (at == null || at.getRow() < 0) {
            return;
        }
        if (textColumns.contains(at.getTableColumn())) {
            e.consume();
            edit(at.getRow(), at.getTableColumn(), ch);
        } else if (typed.containsKey(at.getTableColumn()) && !ch.isBlank()) {
            e.consume();
            typed.get(at.getTableColumn()).accept(at.getRow(), ch);
        }
    }

    /** Starts editing a cell, optionally replacing its text with what was just typed. */
    public void edit(int row, TableColumn<S, ?> column, String typed) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        focus(row, column);
        initialText = typed;
        table.layout();
        table.edit(row, column);
    }

    public void focus(int row, TableColumn<S, ?> column) {
        table.getSelectionModel().clearAndSelect(row);
        table.getFocusModel().focus(row, column);
        RowReveal.show(table, row);
        table.requestFocus();
    }

    /** After a commit in {@code column} of {@code row}: move, and start editing a text cell reached by Tab. */
    void moveFrom(int row, TableColumn<S, ?> column, Move move) {
        int c = columns.indexOf(column);
        int r = row;
        switch (move) {
            case DOWN -> r = Math.min(row + 1, table.getItems().size() - 1);
            case RIGHT -> {
                c++;
                if (c >= columns.size()) {
                    c = 0;
                    r = Math.min(row + 1, table.getItems().size() - 1);
                }
            }
            case LEFT -> {
                c--;
                if (c < 0) {
                    c = columns.size() - 1;
                    r = Math.max(row - 1, 0);
                }
            }
            default -> {
                return;
            }
        }
        int targetRow = r;
        TableColumn<S, ?> target = columns.get(Math.max(0, c));
        // Let the committed change reach the table before moving on.
        Platform.runLater(() -> {
            focus(targetRow, target);
            if ((move == Move.RIGHT || move == Move.LEFT) && textColumns.contains(target)) {
                edit(targetRow, target, null);
            }
        });
    }
}
