package dev.hindsight.edit;

import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Review;
import dev.hindsight.model.ReviewQuestion;
import java.util.ArrayList;
import java.util.List;

/**
 * The review state of a report as edits: dismissing findings for this report ("Ignore in this
 * report" on a misspelled word, "Dismiss" in the review panel), entries of the report's
 * {@code dismissedFindings} so a colleague opening the report sees the same; and ticking the
 * questions of the review checklist ({@code reviewChecklist}). Undoable like any edit.
 */
public final class ReviewEdits {
    /** Dismissed spelling findings are "ignored words" in the menus; other findings are "dismissed". */
    private static final String SPELLING = "spelling";
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
        String verb = adding.stream().allMatch(d -> d.rule().equals(SPELLING)) ? "Ignore" : "Dismiss";
        String description = adding.size() == 1 ? describe(verb, adding.get(0))
                : adding.stream().map(Dismissal::text).distinct().count() == 1
                ? describe(verb, adding.get(0)) + " in " + adding.size() + " Places" : verb + " " + adding.size() + " Findings";
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
        return ReportEdit.of(describe(dismissal.rule().equals(SPELLING) ? "Stop Ignoring" : "Restore", dismissal), r -> {
            List<Dismissal> list = new ArrayList<>(r.review().dismissed());
            if (!list.removeIf(d -> same(d, dismissal))) {
                return r;
            }
            return r.withReview(r.review().withDismissed(list));
        });
    }

    /**
     * Ticks ({@code ticked}) or unticks the review question {@code code} (a {@code ReviewQuestion}
     * code, or one this version does not know, which is kept as written).
     */
    public static Command tick(String code, boolean ticked) {
        String name = ReviewQuestion.of(code).map(ReviewQuestion::question).orElse(code);
        return ReportEdit.of((ticked ? "Tick" : "Untick") + " \u201c" + name + "\u201d",
                r -> {
                    Review next = r.review().withTicked(code, ticked);
                    return next == r.review() ? r : r.withReview(next);
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
