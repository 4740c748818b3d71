package dev.hindsight.library;

import java.nio.file.Path;

/**
 * A report file found under a root: {@code file} as the user would write it (the root they gave,
 * then the rest), and {@code key}, its path inside the root with {@code /} separators, which
 * names it in the root's cache.
 */
public record FoundFile(Path root, Path file, String key) {
}
