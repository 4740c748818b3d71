package dev.hindsight.compare;

import java.util.Locale;

/** What kind of difference: a row, item or lines only the second copy has, only the first, changed or moved. */
public enum Change {
    ADDED, REMOVED, CHANGED, MOVED;

    /** As written in output: {@code added}, {@code removed}, {@code changed}, {@code moved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
