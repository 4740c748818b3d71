package dev.hindsight.library;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A report file found under a root: {@code file} as the user would write it (the root they gave,
 * then the rest), and {@code key}, its path inside the root with {@code /} separators, which
 * names it in the root's cache. {@code attributes} are what the walk that found it saw (null
 * when it was named directly), so that a scan need not look at the file twice.
 */
public record FoundFile(Path root, Path file, String key, BasicFileAttributes attributes) {
    public FoundFile(Path root, Path file, String key) {
        this(root, file, key, null);
    }
}
