package dev.hindsight.edit;

import dev.hindsight.model.Dismissal;
import java.util.ArrayList;
import java.util.List;

/**
 * Dismissing findings for this report ("Ignore in this report" on a misspelled word, "Dismiss" in
 * the review panel): entries of the report's {@code dismissedFindings}, so a colleague opening the
 * report sees the same, and undoable like any edit.
 */
public final class ReviewEdits {
    private ReviewEdits() {
    }

    /** Adds {@code dismissal} unless the report already holds the same one. */
    public static Command dismiss(Dismissal dismissal) {
        return dismissAll(List.of(dismissal));
    }

    /**
     * Adds each of {@code dismissals} the report does not hold yet, as one undo step: "Ignore in this
     * report" on a word dismisses its finding in every field where the word is flagged.
     */
    public static Command dismissAll(List<Dismissal> dismissals) {
        List<Dismissal> adding = List.copyOf(dismissals);
        String description = adding.size() == 1 ? describe("Ignore", adding.get(0))
                : adding.stream().map(Dismissal::text).distinct().count() == 1
                ? describe("Ignore", adding.get(0)) + " in " + adding.size() + " Places" : "Ignore " + adding.size() + " Findings";
        return ReportEdit.of(description, r -> {
            List<Dismissal> list = new ArrayList<>(r.review().dismissed());
            for (Dismissal d : adding) {
                if (list.stream().noneMatch(x -> same(x, d))) {
                    list.add(d);
                }
            }
            return list.size() == r.review().dismissed().size() ? r : r.withReview(r.review().withDismissed(list));
        });
    }

    /** Removes every dismissal of the same rule, path and words. */
    public static Command undismiss(Dismissal dismissal) {
        return ReportEdit.of(describe("Stop Ignoring", dismissal), r -> {
            List<Dismissal> list = new ArrayList<>(r.review().dismissed());
            if (!list.removeIf(d -> same(d, dismissal))) {
                return r;
            }
            return r.withReview(r.review().withDismissed(list));
        });
    }

    private static boolean same(Dismissal a, Dismissal b) {
        return a.rule().equals(b.rule()) && a.path().equals(b.path()) && a.text().equals(b.text());
    }

    private static String describe(String verb, Dismissal d) {
        String words = d.text().length() > 30 ? d.text().substring(0, 29) + "…" : d.text();
        return words.isEmpty() ? verb + " Finding" : verb + " \u201c" + words + "\u201d";
    }
}
