package dev.hindsight.ui.support;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.TableColumn;

/**
 * Table column widths that follow the zoom, so a larger text still fits; the user can still
 * resize a column (the width is set, not bound).
 */
public final class ZoomedWidths {
    private ZoomedWidths() {
    }

    public static void apply(ObservableDoubleValue zoom, TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width * zoom.get());
        zoom.addListener((o, a, z) -> column.setPrefWidth(width * z.doubleValue()));
    }
}
