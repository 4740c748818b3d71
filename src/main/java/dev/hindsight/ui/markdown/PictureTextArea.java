package dev.hindsight.ui.markdown;

import dev.hindsight.ui.window.TextFieldViewModel;
import javafx.scene.control.TextArea;

/**
 * A text area for a Markdown field that takes pictures: a paste (keys or menu) of a picture
 * inserts it; dropped picture files too ({@link PictureInput}); text pastes as text.
 */
public final class PictureTextArea extends TextArea {
    private PictureInput pictures;

    /** Takes pictures into {@code field} from now on; without {@code services} (null) it stays a plain text area. */
    public PictureInput takePictures(TextFieldViewModel field, PictureServices services) {
        if (services != null) {
            pictures = PictureInput.install(PictureTarget.of(this), field, services);
        }
        return pictures;
    }

    @Override
    public void paste() {
        if (pictures == null || !pictures.paste()) {
            super.paste();
        }
    }
}
