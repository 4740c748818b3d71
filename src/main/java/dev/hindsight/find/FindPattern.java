package dev.hindsight.find;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@link FindQuery} made into a Java regular expression, or the reason it cannot be: a bad
 * expression gives a message saying what is wrong and where, never an exception. In a regular
 * expression {@code ^} and {@code $} match at each line's start and end. Whole word means no
 * letter, digit or underscore right before or after the match.
 */
public final class FindPattern {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private final FindQuery query;
    private final Pattern pattern;
    private final String error;

    private FindPattern(FindQuery query, Pattern pattern, String error) {
        this.query = query;
        this.pattern = pattern;
        this.error = error;
    }

    public static FindPattern compile(FindQuery query) {
        if (query.text().isEmpty()) {
            return new FindPattern(query, null, null);
        }
        String body = query.regex() ? query.text() : Pattern.quote(query.text());
        int flags = Pattern.MULTILINE | (query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            Pattern pattern = Pattern.compile(body, flags);
            if (query.wholeWord()) {
                // Compiled alone first, so that an error's position is a position in what was typed.
                pattern = Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + body + ")(?!" + WORD_CHAR + ")", flags);
            }
            return new FindPattern(query, pattern, null);
        } catch (PatternSyntaxException e) {
            return new FindPattern(query, null, describe(e));
        } catch (IllegalArgumentException | StackOverflowError e) {
            return new FindPattern(query, null, "Not a regular expression Java can use: " + e.getMessage());
        }
    }

    private static String describe(PatternSyntaxException e) {
        String what = e.getDescription();
        what = what.isEmpty() ? "Not a valid regular expression" : Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (e.getIndex() < 0) {
            return what + " in the regular expression";
        }
        if (e.getIndex() >= e.getPattern().length()) {
            return what + " at the end of the regular expression";
        }
        return String.format(Locale.ROOT, "%s at character %d of the regular expression", what, e.getIndex() + 1);
    }

    public FindQuery query() {
        return query;
    }

    /** The expression, unless the query is empty or its expression is wrong. */
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** What is wrong with the expression, for the find bar to show. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
