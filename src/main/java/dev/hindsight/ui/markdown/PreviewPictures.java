package dev.hindsight.ui.markdown;

import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.picture.PictureLookup;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The report's pictures as JavaFX images for the preview, decoded once and kept while they are
 * shown (the preview is drawn again after every pause in typing). A picture JavaFX cannot decode
 * is decoded by ImageIO instead; one neither can decode, or that is missing or too large, comes
 * back with the reason, for a placeholder.
 */
final class PreviewPictures {
    /** Pixels a side of the decoded copy: enough for any preview pane, bounded in memory. */
    static final int MAX_SIDE = 2048;
    private static final int KEPT = 16;
    private static final Logger LOG = Logger.getLogger(PreviewPictures.class.getName());

    /** A picture to show (image and its size in pixels as stored) or why not. */
    record Shown(Image image, int width, int height, String problem) {
    }

    private final Supplier<Report> report;
    private final Map<String, Shown> decoded = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
            return size() > KEPT;
        }
    };

    PreviewPictures(Supplier<Report> report) {
        this.report = report;
    }

    Shown show(String destination) {
        Report now = report.get();
        PictureLookup lookup = Pictures.find(now, destination);
        if (!lookup.found()) {
            return new Shown(null, 0, 0, lookup.problem());
        }
        Picture stored = now.picture(lookup.name()).orElseThrow();
        String key = stored.name() + "|" + stored.sha256() + "|" + stored.base64().length();
        return decoded.computeIfAbsent(key, k -> decode(lookup));
    }

    private static Shown decode(PictureLookup lookup) {
        var data = lookup.data();
        double requested = Math.min(data.width(), MAX_SIDE);
        Image image = new Image(new ByteArrayInputStream(data.bytes()), requested, 0, true, true);
        if (!image.isError()) {
            return new Shown(image, data.width(), data.height(), null);
        }
        LOG.log(Level.INFO, "JavaFX could not decode " + data + "; trying ImageIO", image.getException());
        try {
            return new Shown(fx(Pictures.decode(data, MAX_SIDE)), data.width(), data.height(), null);
        } catch (PictureRefusal refusal) {
            return new Shown(null, 0, 0, "the picture \"" + data.name() + "\" cannot be shown: " + refusal.getMessage());
        }
    }

    private static Image fx(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] argb = source.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
