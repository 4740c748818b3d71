package dev.hindsight.model;

import java.util.Objects;

/**
 * A JSON value carried through the model as its compact text ({@code "SEV2"}, {@code null},
 * {@code {"at":…}}): the sides of a merge conflict, which may be any value of a report. The
 * format layer writes it as JSON, not as a string; the model never looks inside.
 */
public record RawJson(String text) {
    public static final RawJson NULL = new RawJson("null");

    public RawJson {
        Objects.requireNonNull(text, "text");
    }
}
