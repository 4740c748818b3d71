package dev.hindsight.picture;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of pictures: what the format allows ({@code [A-Za-z0-9._-]}, 1 to 100 characters), a
 * name made from a file name or a suggestion, one not yet used in the report, and a file name
 * an export can write that never leaves its folder, whatever the report says.
 */
public final class PictureNames {
    /** What the format allows as a picture's name. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final int MAX = 100;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private PictureNames() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /**
     * A valid name for a picture of {@code mediaType} suggested as {@code suggested} (a file name
     * such as {@code Screenshot 2024-06-10 at 11.05.png}, or anything): other characters become
     * {@code -}, the extension is the media type's, and the name is never only dots.
     */
    public static String fromSuggestion(String suggested, String mediaType) {
        String extension = "." + PictureInfo.extension(mediaType);
        String base = suggested == null ? "" : suggested.strip();
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.';
            char next = ok ? c : '-';
            if (next == '-' && clean.length() > 0 && clean.charAt(clean.length() - 1) == '-') {
                continue;
            }
            clean.append(next);
        }
        String name = trim(clean.toString());
        if (name.isEmpty()) {
            name = "picture";
        }
        if (name.length() > MAX - extension.length() - 4) {
            name = trim(name.substring(0, MAX - extension.length() - 4));
        }
        return name + extension;
    }

    /** Without leading and trailing dots and dashes, which make hidden files and odd names. */
    private static String trim(String name) {
        int from = 0;
        int to = name.length();
        while (from < to && (name.charAt(from) == '.' || name.charAt(from) == '-')) {
            from++;
        }
        while (to > from && (name.charAt(to - 1) == '.' || name.charAt(to - 1) == '-')) {
            to--;
        }
        return name.substring(from, to);
    }

    /** {@code name}, or {@code name-2.png}, {@code name-3.png}\u2026 the first not in {@code taken}. */
    public static String unique(String name, Collection<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String candidate = numbered(name, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** {@code name-N.png}, cut to the longest name allowed. */
    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String suffix = "-" + n;
        String cut = base.length() + suffix.length() + extension.length() > MAX
                ? base.substring(0, Math.max(1, MAX - suffix.length() - extension.length())) : base;
        return cut + suffix + extension;
    }

    /**
     * The file an export writes a picture to, inside its own folder: the picture's name when it
     * is a plain file name with the right extension; otherwise one made from it. Only
     * {@code [A-Za-z0-9._-]}, never {@code .} or {@code ..} or a hidden file, never a name
     * Windows reserves, and never the same as another in {@code used} ignoring case (a file system
     * that ignores case would write both to one file). The chosen name is added to {@code used}.
     */
    public static String fileName(String pictureName, String mediaType, Set<String> used) {
        String name = fromSuggestion(pictureName, mediaType);
        String lowerBase = name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.'))
                .toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lowerBase)) {
            name = "picture-" + name;
        }
        Set<String> lower = new HashSet<>();
        used.forEach(u -> lower.add(u.toLowerCase(Locale.ROOT)));
        String chosen = name;
        for (int n = 2; lower.contains(chosen.toLowerCase(Locale.ROOT)); n++) {
            chosen = numbered(name, n);
        }
        used.add(chosen);
        return chosen;
    }
}
