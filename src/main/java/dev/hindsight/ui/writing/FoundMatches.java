package dev.hindsight.ui.writing;

import dev.hindsight.find.FindMatch;
import dev.hindsight.find.FindQuery;
import dev.hindsight.find.FindResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the find bar found last and which match is the current one (-1: none yet); after an edit
 * the current match stays where it was in reading order. No JavaFX: the bar shows it.
 */
final class FoundMatches {
    private FindResult result = nothing();
    private int current = -1;
    private FindQuery searched;

    FindResult result() {
        return result;
    }

    int current() {
        return current;
    }

    void select(int index) {
        current = index;
    }

    /** The matches of {@code query} (empty when there is nothing to find); the current one kept if the query is the same. */
    void found(FindQuery query, FindResult found) {
        FindMatch was = query.equals(searched) && current >= 0 && current < result.matches().size()
                ? result.matches().get(current) : null;
        searched = query;
        result = found;
        current = was == null ? -1 : nearest(was);
    }

    static FindResult nothing() {
        return new FindResult(List.of(), false, Optional.empty());
    }

    /** After an edit, the match at or after where the current one was (in reading order). */
    private int nearest(FindMatch was) {
        List<FindMatch> matches = result.matches();
        for (int i = 0; i < matches.size(); i++) {
            FindMatch m = matches.get(i);
            if (m.path().equals(was.path()) && m.start() >= was.start()) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : Math.min(current, matches.size() - 1);
    }

    /** The match {@code by} steps on from the current one, round the end; the first or last when none is current. */
    int step(int by) {
        int n = result.matches().size();
        return current < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(current + by, n);
    }

    /** "12 matches", "3 of 12", "1 of 500+" (more than the engine lists). */
    String count() {
        String total = result.matches().size() + (result.truncated() ? "+" : "");
        return current < 0 ? total + (result.matches().size() == 1 ? " match" : " matches")
                : String.format(Locale.ROOT, "%d of %s", current + 1, total);
    }

    /** The matches to highlight in each prose field, by its path; the current one set apart. */
    Map<String, List<Highlight>> highlights() {
        Map<String, List<Highlight>> byPath = new LinkedHashMap<>();
        List<FindMatch> matches = result.matches();
        for (int i = 0; i < matches.size(); i++) {
            FindMatch m = matches.get(i);
            byPath.computeIfAbsent(m.path(), p -> new ArrayList<>())
                    .add(new Highlight(m.start(), m.end(), i == current ? "find-current" : "find"));
        }
        return byPath;
    }
}
