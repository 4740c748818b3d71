package dev.hindsight.library;

import java.util.List;
import java.util.Map;

/**
 * The reports a search found, best first, by key, with a highlighted passage for the first ones
 * (the rest are found but not shown with a passage); {@code millis} is how long it took.
 */
public record SearchResult(String query, List<String> keys, Map<String, Snippet> snippets, double millis) {
    public SearchResult {
        keys = List.copyOf(keys);
        snippets = Map.copyOf(snippets);
    }

    public Snippet snippet(String key) {
        return snippets.getOrDefault(key, Snippet.NONE);
    }
}
