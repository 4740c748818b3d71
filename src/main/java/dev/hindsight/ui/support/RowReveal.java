package dev.hindsight.ui.support;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings a table's row into view as an editor does when it goes to something (a find match, a
 * finding, a chart mark's events, a new row): a row already wholly shown stays where it is; any
 * other is scrolled to with up to three rows above it for context, fewer in a short table, so
 * that it is never left cut at the table's bottom edge.
 */
public final class RowReveal {
    private static final int CONTEXT = 3;

    private RowReveal() {
    }

    public static void show(TableView<?> table, int row) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        int context = CONTEXT;
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && first.getIndex() >= 0 && last.getIndex() >= first.getIndex()) {
                // the first and last cells shown may be cut at the edges; those between are whole
                if (row > first.getIndex() && row < last.getIndex() && last.getIndex() < table.getItems().size()) {
                    return;
                }
                context = Math.min(CONTEXT, Math.max(0, (last.getIndex() - first.getIndex() - 1) / 3));
            }
        }
        table.scrollTo(Math.max(0, row - context));
    }
}
