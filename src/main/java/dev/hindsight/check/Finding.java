package dev.hindsight.check;

import java.util.List;
import java.util.Objects;

/**
 * What one checker found, in the one shape every checker (spelling, blameless language,
 * completeness, merge conflicts) shares: the rule, the place, a message a person can act on,
 * and suggestions. The place is a path ({@code summary.startedAt},
 * {@code measures.actionItems[2].owner}, {@code timeline[3].text}); for prose also the exact
 * words ({@code text}) and their offsets in the field's text, {@code start} inclusive and
 * {@code end} exclusive, in UTF-16 code units. Offsets are -1 when the finding is not about words.
 */
public record Finding(String rule, FindingSeverity severity, String path, String text, int start, int end,
                      String message, List<String> suggestions) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
        if (start < -1 || end < start || (start == -1) != (end == -1)) {
            throw new IllegalArgumentException("offsets " + start + ".." + end);
        }
    }

    /** A finding about a place as a whole: a missing value, a row, an item. */
    public static Finding at(String rule, FindingSeverity severity, String path, String message) {
        return new Finding(rule, severity, path, "", -1, -1, message, List.of());
    }

    /** A finding about words in a field's text: {@code text} is {@code field.substring(start, end)}. */
    public static Finding inText(String rule, FindingSeverity severity, String path, String field, int start, int end,
                                 String message, List<String> suggestions) {
        return new Finding(rule, severity, path, field.substring(start, end), start, end, message, suggestions);
    }

    /** The same finding at another path: a field's findings depend on its text, not on where it is. */
    public Finding withPath(String v) {
        return v.equals(path) ? this : new Finding(rule, severity, v, text, start, end, message, suggestions);
    }

    /** The same finding at another severity: a team's settings may raise or lower a rule's. */
    public Finding withSeverity(FindingSeverity v) {
        return v == severity ? this : new Finding(rule, v, path, text, start, end, message, suggestions);
    }

    public boolean isAboutWords() {
        return start >= 0;
    }

    /** Where it is, for a line of text output: {@code timeline[3].text}, with the words when there are some. */
    public String place() {
        return isAboutWords() ? path + " \"" + text + "\" (" + start + "–" + end + ")" : path;
    }
}
