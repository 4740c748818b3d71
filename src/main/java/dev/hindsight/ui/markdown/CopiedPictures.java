package dev.hindsight.ui.markdown;

import dev.hindsight.edit.PictureEdits;
import dev.hindsight.model.Picture;
import dev.hindsight.picture.PictureClipboard;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.ui.window.TextFieldViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * The pictures that travel with copied Markdown ({@link PictureClipboard}): a copy or cut in a
 * Markdown field puts the pictures its text refers to on the clipboard beside the text; a paste
 * into another report (or into this one, after a save dropped them as unused) brings them in with
 * the text, as one undo step, renaming references where the report holds another picture of that
 * name. A paste whose pictures are all here already is a plain text paste.
 */
final class CopiedPictures {
    private static final Logger LOG = Logger.getLogger(CopiedPictures.class.getName());
    static final DataFormat FORMAT = format("application/x-hindsight-pictures");

    private final PictureTarget target;
    private final TextFieldViewModel field;
    private final PictureServices services;

    CopiedPictures(PictureTarget target, TextFieldViewModel field, PictureServices services) {
        this.target = target;
        this.field = field;
        this.services = services;
    }

    private static DataFormat format(String mime) {
        DataFormat known = DataFormat.lookupMimeType(mime);
        return known != null ? known : new DataFormat(mime);
    }

    /** What a copy of {@code text} puts on the clipboard beside it: the pictures it refers to, if any. */
    Map<DataFormat, Object> copied(String text) {
        return PictureClipboard.write(field.report(), text).<Map<DataFormat, Object>>map(w -> Map.of(FORMAT, w))
                .orElse(Map.of());
    }

    /** A paste of text with pictures: true when they are being brought in with it; false for a plain paste. */
    boolean paste(Clipboard clipboard) {
        if (!clipboard.hasString() || !clipboard.hasContent(FORMAT)
                || !(clipboard.getContent(FORMAT) instanceof String written)
                || PictureClipboard.allIn(field.report(), written)) {
            return false;
        }
        String text = clipboard.getString();
        services.background().submit("Reading the copied pictures", () -> PictureClipboard.read(written))
                .whenComplete((carried, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "copied pictures not read", failure);
                        target.insertAtCaret(text);
                        services.dialogs().showError("The copied pictures were not pasted", String.valueOf(failure));
                    } else {
                        finish(text, carried);
                    }
                });
        return true;
    }

    private void finish(String text, PictureClipboard.Carried carried) {
        List<String> problems = new ArrayList<>(carried.refused());
        List<Picture> pictures = new ArrayList<>(carried.pictures().values());
        try {
            PictureEdits.Added added = PictureEdits.store(field.report(), pictures);
            Map<String, String> renamed = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(carried.pictures().keySet());
            for (int i = 0; i < names.size(); i++) {
                renamed.put(names.get(i), added.names().get(i));
            }
            String pasted = PictureClipboard.renamed(text, renamed);
            if (added.report() == field.report()) {
                target.insertAtCaret(pasted);
            } else {
                field.changeWithTyping(PictureEdits.add(pictures), () -> target.insertAtCaret(pasted));
            }
            LOG.info(() -> "pasted text with " + pictures.size() + " picture(s): " + renamed);
        } catch (PictureRefusal refusal) {
            target.insertAtCaret(text);
            problems.add(refusal.getMessage());
        }
        if (!problems.isEmpty()) {
            LOG.info(() -> "copied pictures refused: " + problems);
            services.dialogs().showError(problems.size() == 1 ? "A copied picture was not pasted"
                    : problems.size() + " copied pictures were not pasted", "The text was pasted; its references to "
                    + "these pictures show as missing:\n\n" + String.join("\n\n", problems));
        }
    }
}
