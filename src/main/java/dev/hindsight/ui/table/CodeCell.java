package dev.hindsight.ui.table;

import dev.hindsight.model.Code;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell showing a code's label (an action's type, priority, status), "—" for none; a value
 * this version does not know is marked and says that it is kept as written.
 */
public final class CodeCell<S, C extends Code> extends TableCell<S, C> {
    @Override
    protected void updateItem(C value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value == null ? "\u2014" : value.label());
        getStyleClass().removeAll("unknown-value");
        if (!empty && value != null && !value.isKnown()) {
            getStyleClass().add("unknown-value");
            setTooltip(new Tooltip("Not a value this version knows; kept as written"));
        } else {
            setTooltip(null);
        }
    }
}
