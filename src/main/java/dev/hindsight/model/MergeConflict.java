package dev.hindsight.model;

import java.util.Objects;

/**
 * A place where a three-way merge found two different changes (format version 2). The report
 * holds {@code ours} at {@code path}; the record keeps all three sides so nothing is lost. A
 * side is {@link RawJson#NULL} where that copy has nothing there (a row one side deleted, a
 * severity one side cleared).
 *
 * <p>{@code line} is 0 when the conflict is about the value at {@code path}. Inside a prose
 * field it is the first line (from 1) of the conflicting lines in the field as merged, and each
 * side is a string of that copy's lines there, every line ending with a line break ({@code ""}
 * when that copy has no lines there).
 */
public record MergeConflict(String path, int line, RawJson base, RawJson ours, RawJson theirs, Extras extras) {
    public MergeConflict {
        Objects.requireNonNull(path, "path");
        if (line < 0) {
            throw new IllegalArgumentException("a conflict's line is 0 or more");
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(extras, "extras");
    }

    public MergeConflict(String path, RawJson base, RawJson ours, RawJson theirs, Extras extras) {
        this(path, 0, base, ours, theirs, extras);
    }

    public MergeConflict(String path, RawJson base, RawJson ours, RawJson theirs) {
        this(path, 0, base, ours, theirs, Extras.NONE);
    }

    /** Whether this conflict is about some lines of a prose field rather than a whole value. */
    public boolean isAboutLines() {
        return line > 0;
    }

    public MergeConflict withPath(String v) {
        return new MergeConflict(v, line, base, ours, theirs, extras);
    }

    public MergeConflict withLine(int v) {
        return new MergeConflict(path, v, base, ours, theirs, extras);
    }
}
