package dev.hindsight.ui.table;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * A column whose value is one of a few choices (a kind, a priority, a status): typing the
 * first letter picks the next choice starting with it, and Enter, F2, Space or a double click
 * opens the list under the cell.
 */
public final class Choices<S, C> {
    private final TableView<S> table;
    private final TableColumn<S, ?> column;
    private final List<C> values;
    private final Function<C, String> label;
    private final IntFunction<C> current;
    private final BiConsumer<Integer, C> set;
    private final TableEditing<S> editing;

    /**
     * @param values the choices in order; may contain null for "none"
     */
    public Choices(TableEditing<S> editing, TableView<S> table, TableColumn<S, ?> column, List<C> values,
                   Function<C, String> label, IntFunction<C> current, BiConsumer<Integer, C> set) {
        this.editing = editing;
        this.table = table;
        this.column = column;
        this.values = values;
        this.label = label;
        this.current = current;
        this.set = set;
        editing.onType(column, this::byLetter);
        editing.onActivate(column, this::open);
    }

    private void byLetter(int row, String letter) {
        String l = letter.toLowerCase(Locale.ROOT);
        List<C> matching = values.stream().filter(v -> v != null && label.apply(v).toLowerCase(Locale.ROOT).startsWith(l))
                .toList();
        if (matching.isEmpty()) {
            return;
        }
        int at = matching.indexOf(current.apply(row));
        choose(row, matching.get((at + 1) % matching.size()));
    }

    private void choose(int row, C value) {
        if (!Objects.equals(current.apply(row), value)) {
            set.accept(row, value);
        }
        editing.focus(row, column);
    }

    /** Opens the list of choices under the row's cell. */
    public void open(int row) {
        ContextMenu menu = new ContextMenu();
        for (C value : values) {
            MenuItem item = new MenuItem(value == null ? "\u2014 (none)" : label.apply(value));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> choose(row, value));
            menu.getItems().add(item);
        }
        Node anchor = table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == row).findFirst().orElse(table);
        double x = 0;
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            if (c == column) {
                break;
            }
            x += c.getWidth();
        }
        menu.show(anchor, Side.BOTTOM, x, 0);
    }
}
