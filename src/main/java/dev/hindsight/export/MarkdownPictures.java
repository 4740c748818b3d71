package dev.hindsight.export;

import dev.hindsight.model.Report;
import dev.hindsight.picture.PictureLookup;
import dev.hindsight.picture.PictureNames;
import dev.hindsight.picture.PictureReferences;
import dev.hindsight.picture.Pictures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report's pictures in a Markdown document: what each {@code picture:NAME} reference
 * becomes, a relative link into the folder beside the document ({@code db_files/error-rate.png})
 * or, when the user asks for one file, a {@code data:} address holding the picture; and the
 * files to write into that folder. A reference to a picture that is missing or cannot be shown
 * becomes a line of text saying so.
 */
final class MarkdownPictures {
    static final MarkdownPictures NONE = new MarkdownPictures(Map.of(), Map.of(), List.of());

    private final Map<String, String> targets;
    private final Map<String, String> problems;
    private final List<ExportAttachment> files;

    private MarkdownPictures(Map<String, String> targets, Map<String, String> problems, List<ExportAttachment> files) {
        this.targets = targets;
        this.problems = problems;
        this.files = files;
    }

    static MarkdownPictures of(Report report, ExportOptions options) {
        if (report.pictures().isEmpty() && !mentionsPictures(report)) {
            return NONE;
        }
        Map<String, String> targets = new HashMap<>();
        Map<String, String> problems = new HashMap<>();
        List<ExportAttachment> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String name : PictureReferences.names(report)) {
            PictureLookup lookup = Pictures.find(report, name);
            if (!lookup.found()) {
                problems.put(name, lookup.problem());
            } else if (options.embedPictures()) {
                targets.put(name, "data:" + lookup.data().mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(lookup.data().bytes()));
            } else {
                String file = PictureNames.fileName(name, lookup.data().mediaType(), used);
                files.add(new ExportAttachment(file, lookup.data().bytes()));
                targets.put(name, pathSegment(options.picturesFolder()) + "/" + file);
            }
        }
        return new MarkdownPictures(targets, problems, files);
    }

    private static boolean mentionsPictures(Report report) {
        return !PictureReferences.names(report).isEmpty();
    }

    /** Where the image {@code destination} ({@code picture:NAME}) points in the document, or null when it cannot be shown. */
    String target(String destination) {
        return PictureReferences.name(destination).map(targets::get).orElse(null);
    }

    /** Why the picture {@code destination} refers to is not shown. */
    String problem(String destination) {
        String name = PictureReferences.name(destination).orElse(destination);
        return problems.getOrDefault(name, "the picture \"" + name + "\" is not shown in this document");
    }

    List<ExportAttachment> files() {
        return files;
    }

    /** A folder name as a relative address: UTF-8, each byte outside {@code A-Z a-z 0-9 . _ ~ -} percent-encoded. */
    static String pathSegment(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ".-_~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "%%%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
