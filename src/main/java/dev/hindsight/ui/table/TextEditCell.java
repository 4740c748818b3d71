package dev.hindsight.ui.table;

import dev.hindsight.ui.support.TextControls;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;

/** A table cell edited as one line of text that is not prose (a time, an owner, a link): a text field. */
public final class TextEditCell<S> extends LineCell<S, TextField> {
    public TextEditCell(TableEditing<S> editing, Committer committer, Rejected onRejected, Function<S, String> editText) {
        super(editing, committer, onRejected, editText);
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
    protected void showValue(String item) {
        setText(item);
    }
}
