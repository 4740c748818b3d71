package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing that contributed to the incident: a category (a suggested code such as
 * {@code configuration}, or a team's own word) and a sentence saying how.
 */
public record ContributingFactor(String category, String description, Extras extras) {
    /** The categories offered for completion; any other word is as valid. */
    public static final List<String> SUGGESTED_CATEGORIES = List.of("change", "configuration", "capacity",
            "dependency", "software-bug", "hardware", "monitoring", "process", "communication", "security");

    public ContributingFactor {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(extras, "extras");
    }

    public ContributingFactor(String category, String description) {
        this(category, description, Extras.NONE);
    }
}
