package dev.hindsight.ui.table;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A table cell edited as one line of text, whose shown value a decorator may style from its row (a
 * rejected time in red, with the reason as tooltip). See {@link EditorCell} for the keys.
 */
public abstract class LineCell<S, C extends Region> extends EditorCell<S, String, C> {
    private BiConsumer<LineCell<S, ?>, S> decorator = (cell, row) -> { };
    private Tooltip tip;
    private String tipText;

    LineCell(TableEditing<S> editing, Committer committer, Rejected onRejected, Function<S, String> editText) {
        super(editing, committer, onRejected, editText);
    }

    /**
     * Shows {@code text} as the tooltip of the item being shown; called by the decorator. One
     * tooltip per cell is reused: a new one per update made scrolling a long table lag.
     */
    public void tooltip(String text) {
        tipText = text;
    }

    /** Styles the shown cell from its row, once its value is shown (its text is set). */
    public LineCell<S, C> decorated(BiConsumer<LineCell<S, ?>, S> styling) {
        this.decorator = styling;
        return this;
    }

    /** Shows the value ({@code null} for an empty cell) when not editing. */
    protected abstract void showValue(String item);

    @Override
    protected final void show(String item, boolean empty) {
        showValue(empty ? null : item);
        tipText = null;
        getStyleClass().remove("rejected");
        S row = rowItem();
        if (!empty && row != null) {
            decorator.accept(this, row);
        }
        if (tipText == null) {
            setTooltip(null);
        } else {
            tip = tip == null ? new Tooltip() : tip;
            tip.setText(tipText);
            setTooltip(tip);
        }
    }
}
