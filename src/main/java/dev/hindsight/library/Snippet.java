package dev.hindsight.library;

import java.util.List;

/** A passage of a report's text around the words a search found, and where those words are in it. */
public record Snippet(String text, List<Mark> marks) {
    public static final Snippet NONE = new Snippet("", List.of());

    /** A found word: characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Mark(int start, int end) {
    }

    public Snippet {
        marks = List.copyOf(marks);
    }
}
