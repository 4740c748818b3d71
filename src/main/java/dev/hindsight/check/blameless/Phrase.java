package dev.hindsight.check.blameless;

import java.util.List;
import java.util.Objects;

/**
 * One phrasing to flag, as matched: its family, its words ({@link Slot} names for the slots, the
 * word itself otherwise, lowercase), why it blames, and a system-focused way to say it instead.
 * {@code pattern} is the line of the phrase list it was expanded from.
 */
public record Phrase(Family family, List<String> words, String why, String instead, String pattern) {
    public Phrase {
        Objects.requireNonNull(family, "family");
        words = List.copyOf(words);
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(instead, "instead");
        Objects.requireNonNull(pattern, "pattern");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase without words: " + pattern);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
