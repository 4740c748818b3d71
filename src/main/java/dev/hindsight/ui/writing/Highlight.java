package dev.hindsight.ui.writing;

import java.util.Objects;

/**
 * A stretch of a field's text to show marked: {@code start} inclusive, {@code end} exclusive, in
 * UTF-16 code units of the field's text (as {@link dev.hindsight.check.Finding} and the find
 * engine count), and the {@code kind} that chooses its look ({@link MarkLooks#highlight}): "find",
 * "find-current", "comment", or any other name (a default look).
 */
public record Highlight(int start, int end, String kind) {
    public Highlight {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("offsets " + start + ".." + end);
        }
    }
}
