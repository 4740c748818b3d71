package dev.hindsight.model;

import java.util.List;

/**
 * A value of one of the format's enumerations. Files may hold values this version does not
 * know ({@code "acknowledged"}); those are kept as written and count for nothing.
 */
public interface Code {
    /** The value exactly as it is written in the file. */
    String code();

    /** The known values of this enumeration, in display order. */
    List<? extends Code> knownValues();

    /**
     * Whether this is one of {@link #knownValues()}: the same code (each kind of code has its own
     * list). Compared by code rather than by the records' {@code equals}, which runs cold through
     * method handles on every value of a 1,000-event report a command reads.
     */
    default boolean isKnown() {
        for (Code known : knownValues()) {
            if (known.code().equals(code())) {
                return true;
            }
        }
        return false;
    }

    /** A label for people: the known label, or the raw value when unknown. */
    default String label() {
        return Labels.of(code());
    }
}
