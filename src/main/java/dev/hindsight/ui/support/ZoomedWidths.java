package dev.hindsight.ui.support;

import dev.hindsight.ui.Theme;
import java.util.Collection;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table column widths that follow the zoom, so a larger text still fits: a column is never
 * narrower than its heading, and a column of short values ("In progress", a date) never narrower
 * than the widest of them. The user can still resize a column (the width is set, not bound); a
 * table whose columns fill its width fills it again after each zoom step.
 */
public final class ZoomedWidths {
    /** The room a cell or a heading takes around its text: 0.5 em padding each side, and some slack. */
    private static final double CELL_EM = 1.5;

    private ZoomedWidths() {
    }

    /** A column of free text: it starts {@code width} wide at 100 % and may shrink down to its heading. */
    public static void apply(ObservableDoubleValue zoom, TableColumn<?, ?> column, double width) {
        fit(zoom, column, width, List.of(), 0, 0);
    }

    /** Every column of {@code table} as {@link #apply}, from the width it was given at 100 %. */
    public static void applyAll(ObservableDoubleValue zoom, TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            apply(zoom, column, column.getPrefWidth());
        }
    }

    /**
     * A column of short values that must show whole: at least as wide as the widest of
     * {@code values}, plus {@code editorPx} and {@code editorEm} for an editor's frame and button
     * (a date picker's), at every zoom level.
     */
    public static void fit(ObservableDoubleValue zoom, TableColumn<?, ?> column, double width,
                           Collection<String> values, double editorPx, double editorEm) {
        Runnable size = () -> {
            double font = Theme.BASE_FONT_PX * zoom.get();
            double heading = textWidth(column.getText(), font, true) + CELL_EM * font;
            // bold, the wider of the two, as some cells show their value
            double widest = values.stream().mapToDouble(v -> textWidth(v, font, true)).max().orElse(0);
            double content = values.isEmpty() ? 0 : widest + (CELL_EM + editorEm) * font + editorPx;
            double min = Math.ceil(Math.max(heading, content));
            column.setMinWidth(min);
            column.setPrefWidth(Math.max(min, width * zoom.get()));
            refit(column.getTableView());
        };
        size.run();
        zoom.addListener((o, a, b) -> size.run());
    }

    /**
     * Runs a constrained table's resize policy again: JavaFX runs it only when the table's width
     * or its columns change, so new preferred widths would otherwise leave the columns wider or
     * narrower than the table.
     */
    private static <S> void refit(TableView<S> table) {
        if (table != null && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY
                && table.getSkin() != null) {
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
        }
    }

    /** The width of {@code text} in the application's font at {@code sizePx}. */
    public static double textWidth(String text, double sizePx, boolean bold) {
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, sizePx));
        return probe.getLayoutBounds().getWidth();
    }
}
