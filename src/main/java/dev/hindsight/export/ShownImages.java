package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Report;
import dev.hindsight.picture.PictureData;
import dev.hindsight.picture.PictureLookup;
import dev.hindsight.picture.PictureReferences;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonmark.node.Image;

/**
 * What each Markdown image ({@code ![alt](target)}) of a report becomes in the HTML and Word
 * exports: the picture stored in the report ({@code picture:NAME}), its pixels checked once per
 * export; a line saying why a picture is not shown; a link for a web image; the alt text alone
 * for any other address. Nothing is ever read from the disk or the network.
 */
final class ShownImages {
    private static final Logger LOG = Logger.getLogger(ShownImages.class.getName());
    /** Pixels a side of the copy decoded to check that a picture's pixels can be read at all. */
    private static final int CHECK_SIDE = 256;

    private final Report report;
    private final Map<String, Shown> pictures = new HashMap<>();

    ShownImages(Report report) {
        this.report = report;
    }

    /** What an image shows. */
    sealed interface Shown permits Picture, Missing, WebLink, AltOnly {
    }

    /** A stored picture, {@code alt} its caption (perhaps blank). */
    record Picture(PictureData data, String alt) implements Shown {
        /**
         * The size to show it at in pixels of 1/96 inch: as large as stored, never enlarged, smaller
         * in proportion to fit {@code maxWidth} x {@code maxHeight}; at least one pixel a side.
         */
        int[] fit(double maxWidth, double maxHeight) {
            double scale = Math.min(1, Math.min(maxWidth / data.width(), maxHeight / data.height()));
            return new int[] {Math.max(1, (int) Math.floor(data.width() * scale)),
                    Math.max(1, (int) Math.floor(data.height() * scale))};
        }
    }

    /** A picture that cannot be shown: the words to show in its place. */
    record Missing(String text) implements Shown {
    }

    /** An image on the web: a link to it, never loaded. */
    record WebLink(String href, String text) implements Shown {
    }

    /** An image at any other address (a file, a script): its alt text only, perhaps blank. */
    record AltOnly(String text) implements Shown {
    }

    Shown of(Image image) {
        String destination = image.getDestination();
        String alt = PictureReferences.altText(image);
        if (PictureReferences.isPicture(destination)) {
            Shown shown = picture(destination);
            if (shown instanceof Picture found) {
                return new Picture(found.data(), alt);
            }
            return new Missing(((Missing) shown).text() + (alt.isBlank() ? "" : " \u2014 \u201C" + alt + "\u201D"));
        }
        if (Markdown.isSafeLink(destination)) {
            String href = destination.strip();
            return new WebLink(href, alt.isBlank() ? href : alt);
        }
        return new AltOnly(alt);
    }

    private Shown picture(String destination) {
        PictureLookup lookup = Pictures.find(report, destination);
        return pictures.computeIfAbsent(lookup.name(), name -> {
            if (!lookup.found()) {
                return new Missing("Picture not shown: " + lookup.problem());
            }
            try {
                Pictures.decode(lookup.data(), CHECK_SIDE);
                return new Picture(lookup.data(), "");
            } catch (PictureRefusal | RuntimeException e) {
                LOG.log(Level.WARNING, "picture not exported: " + lookup.data(), e);
                return new Missing("Picture not shown: the picture \"" + name + "\" cannot be decoded");
            }
        });
    }
}
