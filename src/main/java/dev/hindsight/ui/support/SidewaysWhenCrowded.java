package dev.hindsight.ui.support;

import java.util.function.DoubleSupplier;
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
        install(table, fitting, TableView.UNCONSTRAINED_RESIZE_POLICY, () -> least(table));
    }

    /**
     * As {@link #install(TableView, Callback)}, with {@code crowded} as the policy of a table that
     * scrolls sideways, and the columns fitting while {@code least} (the width they need, without
     * the table's frame) is no more than the table's width.
     */
    static <S> void install(TableView<S> table, Callback<TableView.ResizeFeatures, Boolean> fitting,
                            Callback<TableView.ResizeFeatures, Boolean> crowded, DoubleSupplier least) {
        InvalidationListener choose = o -> {
            if (table.getWidth() > 0) {
                table.setColumnResizePolicy(least.getAsDouble() + FRAME_PX <= table.getWidth() ? fitting : crowded);
            }
        };
        table.widthProperty().addListener(choose);
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.minWidthProperty().addListener(choose);
            column.prefWidthProperty().addListener(choose);
            column.visibleProperty().addListener(choose);
        }
        table.setColumnResizePolicy(fitting);
    }

    private static double least(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
    }
}
