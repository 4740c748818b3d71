package dev.hindsight.ui.table;

import dev.hindsight.ui.support.TextControls;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;

/** A table cell edited as one line of text (see {@link EditorCell} for the keys). */
public final class TextEditCell<S> extends EditorCell<S, String, TextField> {
    private BiConsumer<TextEditCell<S>, S> decorator = (cell, row) -> { };
    private Tooltip tip;
    private String tipText;

    public TextEditCell(TableEditing<S> editing, Committer committer, Rejected onRejected, Function<S, String> editText) {
        super(editing, committer, onRejected, editText);
    }

    /**
     * Shows {@code text} as the tooltip of the item being shown; called by the decorator. One
     * tooltip per cell is reused: a new one per update made scrolling a long table lag.
     */
    public void tooltip(String text) {
        tipText = text;
    }

    /** Styles the shown cell from its row (a rejected time in red, with the reason as tooltip). */
    public TextEditCell<S> decorated(BiConsumer<TextEditCell<S>, S> styling) {
        this.decorator = styling;
        return this;
    }

    @Override
    protected TextField createEditor(String text) {
        TextField field = TextControls.withoutOwnUndo(new TextField(text) {
            @Override
            public void paste() {
                // Ctrl+V, Shift+Insert and the context menu all come here.
                if (!editing.pasteLines(Clipboard.getSystemClipboard().getString())) {
                    super.paste();
                }
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                focusLost(field);
            }
        });
        return field;
    }

    @Override
    protected String typed(TextField field) {
        return field.getText();
    }

    @Override
    protected void focus(TextField field, boolean caretAtEnd) {
        field.requestFocus();
        if (caretAtEnd) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    @Override
    protected void show(String item, boolean empty) {
        setText(empty ? null : item);
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
