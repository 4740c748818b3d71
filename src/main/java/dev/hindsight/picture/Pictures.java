package dev.hindsight.picture;

import dev.hindsight.model.Extras;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pictures in reports, for every part of the application that takes one in (paste, drop,
 * Insert Picture, import) or shows one (preview, PDF, Markdown, HTML, Word): checking bytes
 * before they become a picture, storing a picture once per report, finding what a
 * {@code picture:NAME} reference shows, and dropping pictures nothing refers to any more.
 * No JavaFX, no disk, no network: bytes in, bytes out.
 */
public final class Pictures {
    /** Pixels a side of the copy decoded to check a picture: every row is read, few are kept. */
    private static final int CHECK_SIDE = 1024;

    private Pictures() {
    }

    /** A report with a picture stored in it, and the name its Markdown refers to it by. */
    public record Stored(Report report, String name) {
    }

    /**
     * Makes a picture of {@code bytes}, named after {@code suggestedName} (a file name such as
     * {@code Screenshot 2024-06-10.png}; only its letters, digits, {@code . _ -} are kept, and the
     * extension is made to fit the type). In this order it refuses bytes that are not a PNG,
     * JPEG or GIF (by their first bytes), a picture whose header says more pixels than
     * {@link PictureLimits} allow (without decoding it), one of more than
     * {@link PictureLimits#MAX_BYTES} (which {@link #shrink} may make fit), and one whose pixels
     * cannot be decoded, every row read.
     */
    public static Picture fromBytes(byte[] bytes, String suggestedName) throws PictureRefusal {
        PictureInfo info = PictureHeader.read(bytes);
        if (bytes.length > PictureLimits.MAX_BYTES) {
            throw new PictureRefusal(PictureRefusal.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "this picture is %s; a picture may hold at most %s", megabytes(bytes.length),
                    megabytes(PictureLimits.MAX_BYTES)));
        }
        PictureHeader.decode(bytes, info, CHECK_SIDE);
        return new Picture(PictureNames.fromSuggestion(suggestedName, info.mediaType()), info.mediaType(),
                sha256(bytes), info.width(), info.height(), Base64.getEncoder().encodeToString(bytes), Extras.NONE);
    }

    /**
     * Stores {@code picture} in {@code report}: when the report already holds the same bytes,
     * nothing changes and the name is that picture's; otherwise the picture is added under its
     * name, or {@code name-2.png} when another picture has that name. Refused when the report's
     * pictures would pass {@link PictureLimits#BUDGET_BYTES} together.
     */
    public static Stored store(Report report, Picture picture) throws PictureRefusal {
        List<String> names = new ArrayList<>();
        long total = size(picture);
        for (Picture p : report.pictures()) {
            if (p.sha256().equals(picture.sha256()) && p.base64().equals(picture.base64())) {
                return new Stored(report, p.name());
            }
            names.add(p.name());
            total += size(p);
        }
        if (total > PictureLimits.BUDGET_BYTES) {
            throw new PictureRefusal(PictureRefusal.Reason.OVER_BUDGET, String.format(Locale.ROOT,
                    "with this picture (%s) the report's pictures would take %s; a report holds at most %s of "
                            + "pictures, so that its file stays under the 64 MiB every copy of Hindsight opens. "
                            + "Remove a picture or insert a smaller one", megabytes(size(picture)), megabytes(total),
                    megabytes(PictureLimits.BUDGET_BYTES)));
        }
        String name = PictureNames.unique(picture.name(), names);
        Picture named = name.equals(picture.name()) ? picture : new Picture(name, picture.mediaType(),
                picture.sha256(), picture.width(), picture.height(), picture.base64(), picture.extras());
        List<Picture> all = new ArrayList<>(report.pictures());
        all.add(named);
        return new Stored(report.withPictures(all), name);
    }

    /** The bytes of all of a report's pictures together. */
    public static long totalBytes(Report report) {
        return report.pictures().stream().mapToLong(Pictures::size).sum();
    }

    /** The number of bytes a picture's Base64 text stands for. */
    public static long size(Picture picture) {
        String b = picture.base64();
        int n = b.length();
        int padding = n > 0 && b.charAt(n - 1) == '=' ? (n > 1 && b.charAt(n - 2) == '=' ? 2 : 1) : 0;
        return (long) n / 4 * 3 - padding;
    }

    /**
     * What the reference {@code reference} ({@code picture:NAME}, or just {@code NAME}) shows in
     * {@code report}: the picture's bytes with the type and pixel size read from them, or the
     * problem in words (not in the report; stored with a type this version does not show; not
     * Base64; not a PNG, JPEG or GIF; more pixels than {@link PictureLimits} allow). Nothing is
     * decoded; this is what every view and exporter calls.
     */
    public static PictureLookup find(Report report, String reference) {
        String name = PictureReferences.name(reference).orElse(reference == null ? "" : reference.strip());
        Picture picture = report.picture(name).orElse(null);
        String shown = "\"" + clip(name) + "\"";
        if (picture == null) {
            return PictureLookup.missing(name, "the picture " + shown + " is not in this report");
        }
        if (!Picture.MEDIA_TYPES.contains(picture.mediaType())) {
            return PictureLookup.missing(name, "the picture " + shown + " is stored as \"" + clip(picture.mediaType())
                    + "\", a type this version cannot show");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(picture.base64());
        } catch (IllegalArgumentException e) {
            return PictureLookup.missing(name, "the picture " + shown + " is damaged: its data is not Base64");
        }
        try {
            PictureInfo info = PictureHeader.read(bytes);
            return PictureLookup.found(new PictureData(name, info.mediaType(), info.width(), info.height(), bytes));
        } catch (PictureRefusal refusal) {
            return PictureLookup.missing(name, "the picture " + shown + " cannot be shown: " + refusal.getMessage());
        }
    }

    /**
     * The pixels of a found picture, at most {@code maxSide} pixels a side (rows and columns
     * skipped while reading): for views whose own decoder failed on it.
     */
    public static java.awt.image.BufferedImage decode(PictureData data, int maxSide) throws PictureRefusal {
        return PictureHeader.decode(data.bytes(), new PictureInfo(data.mediaType(), data.width(), data.height()),
                maxSide);
    }

    /** The pictures no Markdown of the report refers to, in the report's order. */
    public static List<Picture> unreferenced(Report report) {
        if (report.pictures().isEmpty()) {
            return List.of();
        }
        Set<String> used = PictureReferences.names(report);
        return report.pictures().stream().filter(p -> !used.contains(p.name())).toList();
    }

    /** The report without the pictures nothing refers to; the report itself when there are none. */
    public static Report withoutUnreferenced(Report report) {
        List<Picture> unused = unreferenced(report);
        if (unused.isEmpty()) {
            return report;
        }
        List<Picture> kept = new ArrayList<>(report.pictures());
        kept.removeAll(unused);
        return report.withPictures(kept);
    }

    /**
     * A smaller copy of a picture that fits in {@code maxBytes}: at most 4,096 pixels a side,
     * then smaller until it fits; a JPEG stays a JPEG (quality 0.85), anything else
     * becomes a PNG. Refused when the picture cannot be read or will not fit even small.
     */
    public static byte[] shrink(byte[] bytes, long maxBytes) throws PictureRefusal {
        return PictureShrinker.shrink(bytes, maxBytes);
    }

    /** A PNG of {@code image} (a pasted screenshot), made in memory. */
    public static byte[] png(java.awt.image.BufferedImage image) throws PictureRefusal {
        return PictureShrinker.png(image);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@code 12.3 MB}: decimal megabytes, as the limits are stated. */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "\u2026" : s;
    }
}
