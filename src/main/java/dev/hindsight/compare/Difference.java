package dev.hindsight.compare;

import dev.hindsight.model.RawJson;
import java.util.Objects;

/**
 * One difference in meaning between two copies of a report, "ours" (the first, the one open)
 * and "theirs" (the second).
 *
 * <p>{@code path} names the place as messages do. A row or item that both copies have, and the
 * values in it, are named by their position in ours; a row only theirs has ({@link Change#ADDED})
 * by its position in theirs. {@code theirsPath} names the same place in theirs ({@code ""} for
 * what theirs does not have). {@code ours} and {@code theirs} are the values as JSON, {@code null}
 * where that copy has nothing: for a row its whole object, for a moved row its position in each
 * copy, for prose the lines that differ (joined by line breaks).
 *
 * <p>{@code oursLine} and {@code theirsLine} are, for lines of prose, the line (from 1) where
 * they begin in each copy; 0 otherwise. {@code target}, for an added or moved row, is the
 * position in ours where theirs would have it (after ours' copy of the row theirs has before
 * it), which is what taking theirs does; -1 otherwise.
 */
public record Difference(String path, String theirsPath, Change change, RawJson ours, RawJson theirs, int oursLine,
                         int theirsLine, int target) {
    public Difference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(theirsPath, "theirsPath");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
    }

    static Difference of(String path, String theirsPath, Change change, RawJson ours, RawJson theirs) {
        return new Difference(path, theirsPath, change, ours, theirs, 0, 0, -1);
    }

    public Section section() {
        return Section.of(path);
    }

    /** Whether this is about lines of a prose field rather than a whole value. */
    public boolean isAboutLines() {
        return oursLine > 0;
    }
}
