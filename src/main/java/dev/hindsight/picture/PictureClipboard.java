package dev.hindsight.picture;

import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures that go with copied Markdown, so that text copied from one report (or cut and
 * pasted after a save dropped its now unused pictures) shows its pictures where it is pasted.
 * Copy writes the pictures the text refers to as lines of {@code name TAB base64}; paste reads
 * them back, checks each as any inserted picture ({@link Pictures#fromBytes}: whatever another
 * program put on the clipboard), and the text's references are renamed where the report already
 * holds another picture of that name.
 */
public final class PictureClipboard {
    /** The most a clipboard's pictures are read to: a report's whole budget, as Base64, and its names. */
    private static final long MAX_CHARS = PictureLimits.BUDGET_BYTES / 3 * 4 + 1_000_000;
    private static final Pattern REFERENCE = Pattern.compile("(?i)(" + Pattern.quote(PictureReferences.SCHEME)
            + ")([A-Za-z0-9._-]+)");

    private PictureClipboard() {
    }

    /** What a paste brings: the checked pictures, by the name the text calls them, and what was refused. */
    public record Carried(Map<String, Picture> pictures, List<String> refused) {
    }

    /** The pictures of {@code report} that {@code markdown} refers to, for the clipboard; empty when none. */
    public static Optional<String> write(Report report, String markdown) {
        StringBuilder out = new StringBuilder();
        for (String name : PictureReferences.namesIn(markdown)) {
            report.picture(name).ifPresent(p -> out.append(p.name()).append('\t').append(p.base64()).append('\n'));
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    /** Whether every picture of {@code written} is already in {@code report} under its name: a paste as plain text does. */
    public static boolean allIn(Report report, String written) {
        for (String line : written.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && report.picture(line.substring(0, tab)).map(p -> !p.base64().equals(line.substring(tab + 1)))
                    .orElse(true)) {
                return false;
            }
        }
        return true;
    }

    /** Reads and checks the pictures of {@code written}; slow (every picture is decoded): off the UI thread. */
    public static Carried read(String written) {
        Map<String, Picture> pictures = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        if (written.length() > MAX_CHARS) {
            refused.add("the copied pictures are larger than a report may hold");
            return new Carried(pictures, refused);
        }
        for (String line : written.split("\n")) {
            int tab = line.indexOf('\t');
            String name = tab > 0 ? line.substring(0, tab) : "";
            if (!PictureNames.isValid(name) || pictures.containsKey(name)) {
                continue;
            }
            try {
                pictures.put(name, Pictures.fromBytes(Base64.getDecoder().decode(line.substring(tab + 1)), name));
            } catch (IllegalArgumentException e) {
                refused.add("\u201c" + name + "\u201d: its copied bytes are damaged");
            } catch (PictureRefusal refusal) {
                refused.add("\u201c" + name + "\u201d: " + refusal.getMessage());
            }
        }
        return new Carried(pictures, refused);
    }

    /** {@code markdown} with each reference to {@code picture:OLD} made {@code picture:NEW} as {@code renamed} says, all at once. */
    public static String renamed(String markdown, Map<String, String> renamed) {
        if (renamed.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return markdown;
        }
        return REFERENCE.matcher(markdown).replaceAll(r -> Matcher.quoteReplacement(r.group(1)
                + renamed.getOrDefault(r.group(2), r.group(2))));
    }
}
