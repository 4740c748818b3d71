package dev.hindsight.ui.window;

import dev.hindsight.ui.support.WindowText;
import java.nio.file.Path;

/** File names for reports: what Save As proposes, and the extension a typed name gets. */
public final class FileNames {
    public static final String EXTENSION = ".postmortem.json";
    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /**
     * {@code TITLE.postmortem.json}, with characters no file system accepts left out, and those
     * a save dialog (the window system) chokes on ({@link WindowText}).
     */
    public static String suggest(String title) {
        String cleaned = WindowText.clean(title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("^\\.+", "").strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return (cleaned.isEmpty() ? "Untitled" : cleaned) + EXTENSION;
    }

    /** The chosen path, with {@code .postmortem.json} added when the name has no {@code .json} ending. */
    public static Path withExtension(Path chosen) {
        return withExtension(chosen, EXTENSION, ".json");
    }

    /** An export's path: {@code .pdf}, or {@code .md} (a name ending in {@code .markdown} is kept), added when missing. */
    public static Path withExportExtension(Path chosen, String extension) {
        return "md".equals(extension) ? withExtension(chosen, ".md", ".md", ".markdown")
                : withExtension(chosen, "." + extension, "." + extension);
    }

    private static Path withExtension(Path chosen, String added, String... accepted) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ending : accepted) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                return chosen;
            }
        }
        return chosen.resolveSibling(name + added);
    }
}
