package dev.hindsight.model;

import java.util.List;

/**
 * The review state a report carries (format version 2): the review questions ticked, by code,
 * and the findings dismissed for this report (ignored words among them).
 */
public record Review(List<String> checklist, List<Dismissal> dismissed) {
    public static final Review EMPTY = new Review(List.of(), List.of());

    public Review {
        checklist = List.copyOf(checklist);
        dismissed = List.copyOf(dismissed);
    }

    public boolean isEmpty() {
        return checklist.isEmpty() && dismissed.isEmpty();
    }

    public Review withChecklist(List<String> v) {
        return new Review(v, dismissed);
    }

    public Review withDismissed(List<Dismissal> v) {
        return new Review(checklist, v);
    }
}
