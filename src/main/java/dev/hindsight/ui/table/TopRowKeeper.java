package dev.hindsight.ui.table;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollToEvent;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's first shown row in place when the table's height changes: a window resized,
 * or the timeline chart above the table taking its height once it is drawn. JavaFX's virtual
 * flow keeps its scroll position as a fraction of the whole list instead, so a shorter viewport
 * slides the rows under the user's eyes, and a row just scrolled to (a find match, a review
 * finding, a chart mark) could end up below the visible rows and never be shown.
 *
 * <p>The first row is read when the height changes (the flow still has the old layout; a row
 * scrolled to in the same pulse counts as the first) and, if the layout that follows moved it,
 * the table is scrolled back to it before that pulse is drawn.
 */
public final class TopRowKeeper {
    private static final Logger LOG = Logger.getLogger(TopRowKeeper.class.getName());

    private final TableView<?> table;
    private final Runnable afterLayout = this::afterLayout;
    private int kept = -1;
    private boolean resized;
    private int requested = -1;
    private Scene listening;

    private TopRowKeeper(TableView<?> table) {
        this.table = table;
    }

    /** Keeps {@code table}'s first shown row when its height changes. */
    public static void install(TableView<?> table) {
        TopRowKeeper keeper = new TopRowKeeper(table);
        table.heightProperty().addListener((o, was, now) -> keeper.heightChanged(was.doubleValue()));
        table.addEventHandler(ScrollToEvent.scrollToTopIndex(), e -> keeper.requested = e.getScrollTarget());
        ChangeListener<Scene> scene = keeper::sceneChanged;
        table.sceneProperty().addListener(scene);
        keeper.sceneChanged(null, null, table.getScene());
    }

    private void sceneChanged(ObservableValue<? extends Scene> o, Scene was, Scene now) {
        if (listening != null) {
            listening.removePostLayoutPulseListener(afterLayout);
        }
        listening = now;
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void heightChanged(double was) {
        if (!resized && was > 0) {
            resized = true;
            // A row scrolled to in this pulse is not laid out yet: it is the one the user is to see.
            kept = requested >= 0 ? requested : firstShown(table);
        }
    }

    private void afterLayout() {
        requested = -1;
        if (!resized) {
            return;
        }
        resized = false;
        int row = kept;
        if (row < 0) {
            return;
        }
        int now = firstShown(table);
        if (now >= 0 && now != row && row < table.getItems().size()) {
            LOG.log(Level.FINE, "table {0}: row {1} kept at the top after a height change (the flow showed {2})",
                    new Object[] {table.getId(), row, now});
            table.scrollTo(row);
            table.layout(); // this pulse draws the row where it was, not one frame later
        }
    }

    /**
     * The index of the first row at least half shown, or -1 if none is (no skin yet, an empty
     * table): a sliver of the row above, left by rounding, is not what the user reads first.
     */
    public static int firstShown(TableView<?> table) {
        if (table.getSkin() == null || !(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return -1;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null || first.isEmpty()) {
            return -1;
        }
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && cell.getLayoutY() + cell.getHeight() / 2 >= 0) {
                return i;
            }
        }
        return first.getIndex();
    }
}
