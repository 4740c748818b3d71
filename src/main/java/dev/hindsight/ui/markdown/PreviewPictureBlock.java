package dev.hindsight.ui.markdown;

import dev.hindsight.picture.PictureReferences;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.commonmark.node.Image;

/**
 * A picture of the report as a block of the preview, no wider than the pane nor larger than it
 * is, with its alt text below and its size in a tooltip; or a placeholder saying why it is not shown.
 */
final class PreviewPictureBlock {
    private PreviewPictureBlock() {
    }

    /** A picture of the report as a block: the picture and its alt text, or a placeholder saying why not. */
    static Node of(Image image, PictureServices pictures) {
        String alt = PictureReferences.altText(image);
        PreviewPictures.Shown shown = pictures == null
                ? new PreviewPictures.Shown(null, 0, 0, "pictures are not shown here")
                : pictures.preview().show(image.getDestination());
        Label caption = new Label(alt);
        caption.getStyleClass().add("md-picture-caption");
        caption.setWrapText(true);
        if (shown.image() == null) {
            Label missing = new Label("\u26A0 Picture not shown: " + shown.problem()
                    + (alt.isEmpty() ? "" : " \u2014 \u201C" + alt + "\u201D"));
            missing.getStyleClass().add("md-picture-missing");
            missing.setWrapText(true);
            missing.setPadding(new Insets(8));
            missing.setStyle("-fx-border-color: -color-danger-fg; -fx-border-style: dashed; -fx-text-fill: -color-danger-fg;");
            return missing;
        }
        PictureBox box = new PictureBox(shown.image(), shown.width(), shown.height());
        box.getStyleClass().add("md-picture");
        javafx.scene.control.Tooltip.install(box, new javafx.scene.control.Tooltip(
                (alt.isEmpty() ? "" : alt + "\n") + shown.width() + " \u00D7 " + shown.height() + " pixels"));
        VBox block = new VBox(2, box);
        if (!alt.isEmpty()) {
            block.getChildren().add(caption);
        }
        return block;
    }
}
