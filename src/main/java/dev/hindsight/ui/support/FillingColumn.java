package dev.hindsight.ui.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A column resize policy where one column (a title, a sentence) takes the width the others leave.
 * The others keep their preferred widths, what their values need, and give way down to their least
 * widths while the title is narrower than its own preferred width. JavaFX's constrained policies
 * shrink every column alike: a table of seven columns left a sentence-long title a quarter of the
 * table while a date column kept twice what its date needs. Once the title would be narrower than
 * {@value #FLOOR} of its preferred width, the table scrolls sideways instead (see
 * {@link SidewaysWhenCrowded}), every column at its preferred width.
 *
 * <p>A width the user drags a column to sticks: it becomes the column's preferred width, and the
 * columns the user did not set give way first on later resizes. (It extends
 * {@link ConstrainedColumnResizeBase}: the table's skin lays a table out again when its width
 * changes, and hides the horizontal scroll bar, only for such a policy.)
 */
public final class FillingColumn<S> extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {
    /** The share of its preferred width below which the title is too short and the table scrolls instead. */
    static final double FLOOR = 0.6;

    private final TableColumn<S, ?> filling;
    /** Columns the user dragged: their widths are kept while any other column can give way. */
    private final Set<TableColumn<S, ?>> set = new HashSet<>();

    private FillingColumn(TableColumn<S, ?> filling) {
        this.filling = filling;
    }

    /** Lets {@code filling}, one of {@code table}'s columns, take the room the others leave. */
    public static <S> void install(TableView<S> table, TableColumn<S, ?> filling) {
        FillingColumn<S> policy = new FillingColumn<>(filling);
        SidewaysWhenCrowded.install(table, policy, policy::crowded, () -> policy.least(table));
    }

    /** The width the columns need before the table scrolls sideways. */
    private double least(TableView<S> table) {
        return others(table).stream().mapToDouble(TableColumn::getMinWidth).sum()
                + (filling.isVisible() ? Math.max(filling.getMinWidth(), FLOOR * filling.getPrefWidth()) : 0);
    }

    private List<TableColumn<S, ?>> others(TableView<S> table) {
        List<TableColumn<S, ?>> others = new ArrayList<>(table.getVisibleLeafColumns());
        others.remove(filling);
        return others;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Boolean call(TableView.ResizeFeatures features) {
        TableView<S> table = features.getTable();
        if (features.getContentWidth() <= 0) {
            return false; // not laid out yet
        }
        TableColumn<S, ?> dragged = features.getColumn();
        List<TableColumn<S, ?>> others = others(table);
        if (dragged != null && dragged != filling) {
            double rest = others.stream().filter(c -> c != dragged).mapToDouble(TableColumn::getWidth).sum();
            double most = features.getContentWidth() - rest - filling.getMinWidth();
            keep(dragged, Math.min(most, dragged.getWidth() + features.getDelta()));
        } else if (dragged == filling) {
            // the title's own edge: the columns after it give (or take) the difference, nearest first
            double change = features.getDelta();
            int after = table.getVisibleLeafIndex(filling);
            for (TableColumn<S, ?> c : others.subList(Math.max(0, Math.min(after, others.size())), others.size())) {
                double before = c.getWidth();
                change -= before - keep(c, before - change);
                if (Math.abs(change) < 0.5) {
                    break;
                }
            }
        }
        lay(features, others);
        return true;
    }

    /** The policy while the table scrolls sideways: every column at its preferred width, a dragged one kept. */
    @SuppressWarnings("unchecked")
    private Boolean crowded(TableView.ResizeFeatures features) {
        TableColumn<S, ?> dragged = features.getColumn();
        if (dragged != null) {
            keep(dragged, dragged.getWidth() + features.getDelta());
        }
        for (TableColumn<S, ?> c : (List<TableColumn<S, ?>>) (List<?>) features.getTable().getVisibleLeafColumns()) {
            features.setColumnWidth(c, within(c, c.getPrefWidth()));
        }
        return true;
    }

    /** Makes {@code width} (within the column's limits) the column's own; returns it. */
    private double keep(TableColumn<S, ?> column, double width) {
        double w = within(column, width);
        column.setPrefWidth(w);
        set.add(column);
        return w;
    }

    private static double within(TableColumn<?, ?> column, double width) {
        return Math.max(column.getMinWidth(), Math.min(column.getMaxWidth(), width));
    }

    /** Others at their preferred widths, giving way (the ones the user did not set first) while the title is short of its own. */
    private void lay(TableView.ResizeFeatures<S> features, List<TableColumn<S, ?>> others) {
        double room = features.getContentWidth();
        double[] widths = new double[others.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = within(others.get(i), others.get(i).getPrefWidth());
        }
        giveWay(others, widths, filling.getPrefWidth() - (room - sum(widths)), false);
        giveWay(others, widths, filling.getMinWidth() - (room - sum(widths)), true);
        for (int i = 0; i < widths.length; i++) {
            features.setColumnWidth(others.get(i), widths[i]);
        }
        features.setColumnWidth(filling, Math.max(filling.getMinWidth(), Math.floor(room - sum(widths))));
    }

    /** Takes up to {@code missing} pixels from the columns, each in proportion to what it has above its least width. */
    private void giveWay(List<TableColumn<S, ?>> others, double[] widths, double missing, boolean userSetToo) {
        double spare = 0;
        for (int i = 0; i < widths.length; i++) {
            if (userSetToo || !set.contains(others.get(i))) {
                spare += widths[i] - others.get(i).getMinWidth();
            }
        }
        if (missing <= 0 || spare <= 0) {
            return;
        }
        double share = Math.min(1, missing / spare);
        for (int i = 0; i < widths.length; i++) {
            if (userSetToo || !set.contains(others.get(i))) {
                widths[i] -= (widths[i] - others.get(i).getMinWidth()) * share;
            }
        }
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
