package dev.hindsight.input.importing;

import dev.hindsight.model.Report;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the pictures feature plugs into import: given the imported report, the images the
 * document referred to and the document's folder (null for pasted text), it returns the report
 * with the pictures it brought in (only files in that folder and below; web addresses stay
 * links) and says what it did: {@link FolderPictures}. {@link #NONE} leaves the references as they are.
 */
@FunctionalInterface
public interface PictureHook {
    /** The report with its pictures, and notes for the user. */
    record Outcome(Report report, List<String> notes) {
    }

    Outcome bring(Report report, List<ImageReference> images, Path folder);

    PictureHook NONE = (report, images, folder) -> new Outcome(report, images.isEmpty() ? List.of()
            : List.of(images.size() + (images.size() == 1 ? " image is" : " images are")
                    + " referred to by the document; the references are kept as they are (the image files are not "
                    + "brought into the report)"));
}
