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

    default boolean isKnown() {
        return knownValues().contains(this);
    }

    /** A label for people: the known label, or the raw value when unknown. */
    default String label() {
        return Labels.of(code());
    }
}
