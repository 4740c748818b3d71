package dev.hindsight.model;

import java.util.Objects;

/**
 * A place where a three-way merge found two different changes (format version 2). The report
 * holds {@code ours} at {@code path}; the record keeps all three sides so nothing is lost. A
 * side is {@link RawJson#NULL} where that copy has nothing there (a row one side deleted, a
 * severity one side cleared).
 */
public record MergeConflict(String path, RawJson base, RawJson ours, RawJson theirs, Extras extras) {
    public MergeConflict {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(extras, "extras");
    }

    public MergeConflict(String path, RawJson base, RawJson ours, RawJson theirs) {
        this(path, base, ours, theirs, Extras.NONE);
    }
}
