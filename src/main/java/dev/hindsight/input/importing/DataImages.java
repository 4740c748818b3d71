package dev.hindsight.input.importing;

import dev.hindsight.picture.PictureLimits;
import dev.hindsight.picture.Pictures;
import java.util.Base64;
import java.util.Locale;

/**
 * Images written into a document itself as {@code data:} addresses: what a browser copies from
 * Google Docs or a wiki, what some Markdown and HTML exports hold, and what import makes of a Word
 * document's pictures. They are decoded in memory (nothing is read from a disk or fetched), only
 * when base64-encoded and no larger than a picture may be; {@link Pictures#fromBytes} then checks
 * them as any picture inserted by hand.
 */
final class DataImages {
    private static final String PREFIX = "data:";

    private DataImages() {
    }

    /** Why a {@code data:} image was not decoded, in words. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why);
        }
    }

    static boolean is(String destination) {
        return destination.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** A {@code data:} address holding {@code bytes} of {@code mediaType}, base64-encoded. */
    static String address(byte[] bytes, String mediaType) {
        return PREFIX + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes a {@code data:} address holds. */
    static byte[] bytes(String destination) throws Refused {
        int comma = destination.indexOf(',');
        if (comma < 0) {
            throw new Refused("not a complete data: address");
        }
        String header = destination.substring(PREFIX.length(), comma).toLowerCase(Locale.ROOT);
        if (!header.endsWith(";base64")) {
            throw new Refused("an image written into the text without base64, not read");
        }
        String payload = destination.substring(comma + 1);
        long size = payload.length() / 4L * 3;
        if (size > PictureLimits.MAX_BYTES) {
            throw new Refused(String.format(Locale.ROOT, "this picture is about %s; a picture may hold at most %s",
                    Pictures.megabytes(size), Pictures.megabytes(PictureLimits.MAX_BYTES)));
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(payload);
            if (bytes.length == 0) {
                throw new Refused("an empty image");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new Refused("its base64 text is damaged (" + e.getMessage() + ")");
        }
    }

    /** A file name for the {@code index}th image written into the document, by its stated type. */
    static String name(String destination, int index) {
        String header = destination.substring(PREFIX.length(), Math.max(PREFIX.length(), destination.indexOf(',')))
                .toLowerCase(Locale.ROOT);
        String extension = header.startsWith("image/jpeg") || header.startsWith("image/jpg") ? "jpg"
                : header.startsWith("image/gif") ? "gif" : "png";
        return "imported-" + index + "." + extension;
    }
}
