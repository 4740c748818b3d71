package dev.hindsight.find;

import java.util.Objects;

/** What the find bar looks for: the text or regular expression typed, and its three options. */
public record FindQuery(String text, boolean matchCase, boolean wholeWord, boolean regex) {
    public FindQuery {
        Objects.requireNonNull(text, "text");
    }

    /** A plain search: the text as typed, any case, anywhere in a word. */
    public static FindQuery of(String text) {
        return new FindQuery(text, false, false, false);
    }

    public FindQuery withMatchCase(boolean v) {
        return new FindQuery(text, v, wholeWord, regex);
    }

    public FindQuery withWholeWord(boolean v) {
        return new FindQuery(text, matchCase, v, regex);
    }

    public FindQuery withRegex(boolean v) {
        return new FindQuery(text, matchCase, wholeWord, v);
    }
}
