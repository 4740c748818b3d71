package dev.hindsight.ui.window;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import dev.hindsight.ui.writing.ProseArea;

/**
 * Cut, Copy, Paste and Select All of the Edit menu. They act on what has the keyboard focus: a
 * text control (a field, a Markdown box, a cell being edited), or a table, with the copy and
 * paste of its own rows where it has them. Each is enabled only when it applies, and follows the
 * focus, the selection and whether the control is editable as they change.
 */
final class EditCommands {
    /** What a table does with its rows for the Edit menu. */
    record RowClipboard(Runnable copy, Runnable paste, Runnable delete) {
    }

    private Scene scene;
    private boolean clipboardText;
    private final Map<TableView<?>, RowClipboard> tables = new IdentityHashMap<>();
    private final BooleanProperty canCut = new SimpleBooleanProperty();
    private final BooleanProperty canCopy = new SimpleBooleanProperty();
    private final BooleanProperty canPaste = new SimpleBooleanProperty();
    private final BooleanProperty canSelectAll = new SimpleBooleanProperty();
    private final InvalidationListener refresh = o -> refresh();
    private Observable[] watched = new Observable[0];

    /** Follows the focus in {@code window}'s scene. */
    void attach(Scene window) {
        this.scene = window;
        window.focusOwnerProperty().addListener((o, before, now) -> follow(now));
        follow(window.getFocusOwner());
    }

    /** Lets the Edit menu copy, paste and cut whole rows of {@code table}. */
    void rows(TableView<?> table, RowClipboard clipboard) {
        tables.put(table, clipboard);
        refresh();
    }

    ObservableBooleanValue canCut() {
        return canCut;
    }

    ObservableBooleanValue canCopy() {
        return canCopy;
    }

    ObservableBooleanValue canPaste() {
        return canPaste;
    }

    ObservableBooleanValue canSelectAll() {
        return canSelectAll;
    }

    void cut() {
        Node target = focused();
        Editable text = Editable.of(target);
        if (text != null) {
            text.cut().run();
        } else if (rowsOf(target) != null && hasSelection((TableView<?>) target)) {
            rowsOf(target).copy().run();
            rowsOf(target).delete().run();
        }
        clipboardChanged();
    }

    void copy() {
        act(Editable::copy, RowClipboard::copy);
        clipboardChanged();
    }

    void paste() {
        act(Editable::paste, RowClipboard::paste);
        refresh();
    }

    /** Does {@code onText} to the focused text control, or runs {@code onRows} of the focused table. */
    private void act(Function<Editable, Runnable> onText, Function<RowClipboard, Runnable> onRows) {
        Node target = focused();
        Editable text = Editable.of(target);
        if (text != null) {
            onText.apply(text).run();
        } else if (rowsOf(target) != null) {
            onRows.apply(rowsOf(target)).run();
        }
    }

    void selectAll() {
        Node target = focused();
        Editable text = Editable.of(target);
        if (text != null) {
            text.selectAll().run();
        } else if (target instanceof TableView<?> table) {
            table.getSelectionModel().selectAll();
        }
        refresh();
    }

    /** Watches what now has the focus, so the commands' state follows its selection. */
    private void follow(Node target) {
        for (Observable o : watched) {
            o.removeListener(refresh);
        }
        Editable text = Editable.of(target);
        if (text != null) {
            watched = text.watched();
        } else if (target instanceof TableView<?> table) {
            watched = new Observable[] {table.getSelectionModel().getSelectedIndices(), table.getItems()};
        } else {
            watched = new Observable[0];
        }
        for (Observable o : watched) {
            o.addListener(refresh);
        }
        clipboardChanged();
    }

    /**
     * Looks at the clipboard again: called when the Edit menu opens and after a cut or copy, not
     * at each keystroke (asking the system's clipboard can take a round trip to the display).
     */
    void clipboardChanged() {
        clipboardText = Clipboard.getSystemClipboard().hasString();
        refresh();
    }

    private Node focused() {
        return scene == null ? null : scene.getFocusOwner();
    }

    private void refresh() {
        Node target = focused();
        Editable text = Editable.of(target);
        if (text != null && !target.isDisabled()) {
            boolean selected = text.selected().getAsBoolean();
            boolean editable = text.editable().getAsBoolean();
            canCut.set(selected && editable && !text.secret());
            canCopy.set(selected && !text.secret());
            canPaste.set(editable && clipboardText);
            canSelectAll.set(text.length().getAsInt() > 0);
        } else if (target instanceof TableView<?> table) {
            boolean rows = rowsOf(table) != null;
            canCut.set(rows && hasSelection(table));
            canCopy.set(rows && hasSelection(table));
            canPaste.set(rows && clipboardText);
            canSelectAll.set(!table.getItems().isEmpty()
                    && table.getSelectionModel().getSelectionMode() == SelectionMode.MULTIPLE);
        } else {
            canCut.set(false);
            canCopy.set(false);
            canPaste.set(false);
            canSelectAll.set(false);
        }
    }

    /** The focused text control as the Edit menu uses it: one of JavaFX's, or a prose field. */
    private record Editable(Runnable cut, Runnable copy, Runnable paste, Runnable selectAll, BooleanSupplier selected,
                            BooleanSupplier editable, IntSupplier length, boolean secret, Observable[] watched) {
        static Editable of(Node node) {
            if (node instanceof TextInputControl t) {
                return new Editable(t::cut, t::copy, t::paste, t::selectAll, () -> t.getSelection().getLength() > 0,
                        t::isEditable, t::getLength, t instanceof PasswordField,
                        new Observable[] {t.selectionProperty(), t.editableProperty(), t.textProperty(),
                                t.disabledProperty()});
            }
            if (node instanceof ProseArea a) {
                return new Editable(a::cut, a::copy, a::paste, a::selectAll, () -> a.getSelection().getLength() > 0,
                        a::isEditable, a::getLength, false,
                        new Observable[] {a.selectionProperty(), a.editableProperty(), a.textProperty(),
                                a.disabledProperty()});
            }
            return null;
        }
    }

    private RowClipboard rowsOf(Node target) {
        return target instanceof TableView<?> table ? tables.get(table) : null;
    }

    private static boolean hasSelection(TableView<?> table) {
        return table.getSelectionModel().getSelectedIndices().stream().anyMatch(i -> i >= 0);
    }
}
