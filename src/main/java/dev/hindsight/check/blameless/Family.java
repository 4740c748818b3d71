package dev.hindsight.check.blameless;

import java.util.Objects;

/** A family of blaming phrasings ({@code human-error}, {@code counterfactual}, …): its code and its title. */
public record Family(String code, String title) {
    public Family {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
