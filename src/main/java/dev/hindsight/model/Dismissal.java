package dev.hindsight.model;

import java.util.Objects;

/**
 * A finding the authors chose to leave as it is, for this report only: an ignored word
 * ({@code spelling}) or a dismissed review finding. It matches a finding of the same rule at
 * the same path on exactly the same words.
 */
public record Dismissal(String rule, String path, String text, Extras extras) {
    public Dismissal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extras, "extras");
    }

    public Dismissal(String rule, String path, String text) {
        this(rule, path, text, Extras.NONE);
    }
}
