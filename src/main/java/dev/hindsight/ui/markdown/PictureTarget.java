package dev.hindsight.ui.markdown;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * What picture input needs of a Markdown editor, and nothing more, so that it moves with one
 * line to another editor: the node that receives drops and keys, and putting text at the caret
 * as if typed (one edit of the field, through the editor's own text binding).
 */
public interface PictureTarget {
    Node node();

    void insertAtCaret(String text);

    /** A text control as a target: {@code replaceSelection} types over the selection, like a paste. */
    static PictureTarget of(TextInputControl control) {
        return new PictureTarget() {
            @Override
            public Node node() {
                return control;
            }

            @Override
            public void insertAtCaret(String text) {
                control.replaceSelection(text);
            }
        };
    }
}
