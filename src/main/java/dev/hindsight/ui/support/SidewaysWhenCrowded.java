package dev.hindsight.ui.support;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A table whose columns fill its width while they fit, and that scrolls sideways once the table is
 * narrower than its columns' least widths. JavaFX's constrained resize policies never show a
 * horizontal scroll bar: in a small window the last columns were simply out of sight and out of
 * reach (the action items' Priority, Status and Ticket link in a 900-pixel window).
 */
public final class SidewaysWhenCrowded {
    /** Room for the vertical scroll bar and the table's border, which the columns cannot use. */
    private static final double FRAME_PX = 20;

    private SidewaysWhenCrowded() {
    }

    /** Gives {@code table} the {@code fitting} policy while its columns fit, and none (scrolling) otherwise. */
    public static <S> void install(TableView<S> table, Callback<TableView.ResizeFeatures, Boolean> fitting) {
        InvalidationListener choose = o -> table.setColumnResizePolicy(
                fits(table) ? fitting : TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener(choose);
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.minWidthProperty().addListener(choose);
            column.visibleProperty().addListener(choose);
        }
        choose.invalidated(null);
    }

    private static double least(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
    }

    /** Whether the visible columns at their least widths fit in the table (true before it is laid out). */
    static boolean fits(TableView<?> table) {
        if (table.getWidth() <= 0) {
            return true;
        }
        return least(table) + FRAME_PX <= table.getWidth();
    }
}
