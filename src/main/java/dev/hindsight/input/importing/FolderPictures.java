package dev.hindsight.input.importing;

import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import dev.hindsight.picture.PictureLimits;
import dev.hindsight.picture.PictureReferences;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;

/**
 * The {@link PictureHook} of {@code hindsight import} and File ▸ Import: each image the document
 * refers to by a relative path is read from the document's folder (or below), checked as any
 * inserted picture is ({@link Pictures#fromBytes}), stored in the report and referred to as
 * {@code picture:NAME}. Nothing outside that folder is read: a path that leaves it ({@code ..}, an
 * absolute path, a link pointing out) is refused before its file is opened; web addresses are never
 * fetched. Images written into the document itself ({@code data:}, and a Word document's pictures)
 * are decoded from it ({@link DataImages}). What was not brought in stays as the document wrote it,
 * with a note saying why; a {@code data:} image not brought in is replaced by its description, so
 * that no encoded picture is left in the text.
 */
public final class FolderPictures implements PictureHook {
    private static final Logger LOG = Logger.getLogger(FolderPictures.class.getName());

    @Override
    public Outcome bring(Report report, List<ImageReference> images, Path folder) {
        if (images.isEmpty()) {
            return new Outcome(report, List.of());
        }
        Set<String> destinations = new LinkedHashSet<>();
        images.forEach(i -> destinations.add(i.destination().strip()));
        Map<String, String> brought = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        Report current = report;
        int written = 0;
        for (String destination : destinations) {
            try {
                Picture picture;
                if (DataImages.is(destination)) {
                    picture = Pictures.fromBytes(written(destination), DataImages.name(destination, ++written));
                } else {
                    Path file = inside(destination, folder);
                    picture = Pictures.fromBytes(read(file, destination), file.getFileName().toString());
                }
                Pictures.Stored stored = Pictures.store(current, picture);
                current = stored.report();
                brought.put(destination, stored.name());
            } catch (Refused e) {
                refused.put(destination, e.getMessage());
            } catch (PictureRefusal e) {
                refused.put(destination, shown(destination) + ": " + e.getMessage());
            }
        }
        List<String> notes = new ArrayList<>();
        if (!brought.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%d %s brought into the report from the document's folder",
                    brought.size(), brought.size() == 1 ? "picture was" : "pictures were"));
        }
        refused.forEach((destination, why) -> notes.add("image not brought in (" + (DataImages.is(destination)
                ? "its description is kept" : "the reference is kept as text") + "): " + why));
        LOG.info(() -> String.format(Locale.ROOT, "import pictures from %s: %d brought in, %d not", folder,
                brought.size(), refused.size()));
        boolean dropped = refused.keySet().stream().anyMatch(DataImages::is);
        return new Outcome(brought.isEmpty() && !dropped ? current : rewritten(current, brought), notes);
    }

    private static byte[] written(String destination) throws Refused {
        try {
            return DataImages.bytes(destination);
        } catch (DataImages.Refused e) {
            throw new Refused(destination, e.getMessage());
        }
    }

    /** The file {@code destination} names in {@code folder}, refused unless it is a regular file inside it. */
    private static Path inside(String destination, Path folder) throws Refused {
        String lower = destination.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            throw new Refused(destination, "a web address; Hindsight never fetches images");
        }
        if (!new ImageReference(destination, "").isRelative()) {
            throw new Refused(destination, "not a path relative to the document; only images in the document's "
                    + "folder and below are brought in");
        }
        if (folder == null) {
            throw new Refused(destination, "pasted text has no folder to read images from");
        }
        Path base = folder.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(unescaped(destination)).normalize();
        } catch (InvalidPathException e) {
            throw new Refused(destination, "not a file name this system can read");
        }
        if (!file.startsWith(base) || file.equals(base)) {
            throw new Refused(destination, "outside the document's folder");
        }
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                throw new Refused(destination, "a link to a file outside the document's folder");
            }
        } catch (IOException e) {
            throw new Refused(destination, "no such file beside the document");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(destination, "not a file");
        }
        return real;
    }

    private static byte[] read(Path file, String destination) throws Refused {
        try {
            long size = Files.size(file);
            if (size > PictureLimits.MAX_BYTES) {
                throw new Refused(destination, String.format(Locale.ROOT, "this picture is %s; a picture may hold "
                        + "at most %s", Pictures.megabytes(size), Pictures.megabytes(PictureLimits.MAX_BYTES)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refused(destination, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@code img/my%20graph.png} as the file name it stands for; the destination itself when it has no escapes. */
    private static String unescaped(String destination) {
        if (!destination.matches("(?s).*%[0-9A-Fa-f]{2}.*")) {
            return destination;
        }
        try {
            return java.net.URLDecoder.decode(destination.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return destination;
        }
    }

    /**
     * The report with each brought-in image's destination replaced by its {@code picture:} name, and
     * each one written into the document ({@code data:}) and not brought in by its description.
     */
    private static Report rewritten(Report report, Map<String, String> brought) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (TextPlace place : TextPlaces.of(report)) {
            if (place.kind() == TextPlace.Kind.PLAIN || !place.text().contains("![")) {
                continue;
            }
            Matcher m = ImageReference.PATTERN.matcher(place.text());
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String destination = m.group(2).strip();
                String name = brought.get(destination);
                String replacement = name != null ? "![" + m.group(1) + "](" + PictureReferences.SCHEME + name + ")"
                        : DataImages.is(destination) ? ImageReference.notBroughtIn(m.group(1), null) : m.group();
                changed |= !replacement.equals(m.group());
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            if (changed) {
                texts.put(place.path(), out.toString());
            }
        }
        return TextPlaces.withTexts(report, texts);
    }

    private static String shown(String destination) {
        return "\"" + (destination.length() > 80 ? destination.substring(0, 80) + "\u2026" : destination) + "\"";
    }

    /** Why one image was not brought in, with the image named. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String destination, String why) {
            super(shown(destination) + ": " + why);
        }
    }
}
