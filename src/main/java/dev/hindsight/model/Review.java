package dev.hindsight.model;

import java.util.ArrayList;
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

    /** Whether the question with {@code code} is ticked. */
    public boolean isTicked(String code) {
        return checklist.contains(code);
    }

    /**
     * The review with the question {@code code} ticked (added at the end) or not (every copy
     * removed); other codes, those of newer versions included, stay as they were.
     */
    public Review withTicked(String code, boolean ticked) {
        if (ticked == isTicked(code)) {
            return this;
        }
        List<String> list = new ArrayList<>(checklist);
        if (ticked) {
            list.add(code);
        } else {
            list.removeIf(code::equals);
        }
        return withChecklist(list);
    }

    public Review withChecklist(List<String> v) {
        return new Review(v, dismissed);
    }

    public Review withDismissed(List<Dismissal> v) {
        return new Review(checklist, v);
    }
}
