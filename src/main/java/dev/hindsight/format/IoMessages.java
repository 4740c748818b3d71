package dev.hindsight.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;

/** Words for a failed file operation, for a person rather than a log. */
public final class IoMessages {
    /** What the operating system says (any case, any language-neutral prefix) and what a person reads. */
    private static final Map<String, String> REASONS = Map.of(
            "no space left on device", "the disk is full",
            "not enough space on the disk", "the disk is full",
            "disk quota exceeded", "the disk quota is used up",
            "read-only file system", "the disk is read-only",
            "input/output error", "the disk could not be read or written (input/output error)");

    private IoMessages() {
    }

    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : ": " + Names.shown(f.getFile());
            if (f.getReason() != null) {
                return plain(f.getReason()) + file;
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied" + file;
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder" + file;
            }
            return Names.shown(f.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : plain(e.getMessage());
    }

    private static String plain(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        return REASONS.entrySet().stream().filter(r -> lower.contains(r.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(reason);
    }
}
