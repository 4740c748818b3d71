package dev.hindsight.find;

import dev.hindsight.model.ReportSection;
import dev.hindsight.model.TextPlace;

/**
 * One match: the field it is in (as it was when found), where in the field's text ({@code start}
 * inclusive, {@code end} exclusive, UTF-16 code units), and what to show in a list of matches.
 */
public record FindMatch(TextPlace place, int start, int end) {
    private static final int CONTEXT = 40;

    public String path() {
        return place.path();
    }

    public ReportSection section() {
        return place.section();
    }

    /** The words matched. */
    public String text() {
        return place.text().substring(start, end);
    }

    /** The match with some words around it, on one line, cut with "…": for the list of matches. */
    public String snippet() {
        String t = place.text();
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(t.length(), end + CONTEXT);
        from = wordStart(t, from, start);
        to = wordEnd(t, to, end);
        String s = t.substring(from, to).replaceAll("\\s+", " ");
        return (from > 0 ? "…" : "") + s.strip() + (to < t.length() ? "…" : "");
    }

    /** Where the match starts in {@link #snippet()}, to highlight it there. */
    public int snippetStart() {
        String t = place.text();
        int from = wordStart(t, Math.max(0, start - CONTEXT), start);
        String before = t.substring(from, start).replaceAll("\\s+", " ").stripLeading();
        return (from > 0 ? 1 : 0) + before.length();
    }

    private static int wordStart(String t, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        int i = from;
        while (i < limit && !Character.isWhitespace(t.charAt(i - 1))) {
            i++;
        }
        return i < limit ? i : from;
    }

    private static int wordEnd(String t, int to, int limit) {
        if (to == t.length()) {
            return to;
        }
        int i = to;
        while (i > limit && !Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        return i > limit ? i : to;
    }
}
