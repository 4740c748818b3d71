package dev.hindsight.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the review checklist, after the postmortem review of Google's SRE book (was the
 * key data collected, is the impact complete, is the root cause deep enough, are the actions
 * appropriate and prioritised, with owners, was the outcome shared) and the blameless-postmortem
 * guides. A report keeps the codes of the questions its reviewer ticked ({@code reviewChecklist});
 * the codes are part of the file format and never change; the wording may.
 */
public record ReviewQuestion(String code, String question, String help) {
    public static final ReviewQuestion KEY_DATA = new ReviewQuestion("key-data",
            "Was the key data of the incident collected?",
            "The timeline has times and a detection event; graphs, logs and chat links are kept where readers find them.");
    public static final ReviewQuestion IMPACT = new ReviewQuestion("impact-complete",
            "Is the impact complete?",
            "Who and what was affected, for how long, how many users (a share), and any data or money lost.");
    public static final ReviewQuestion ROOT_CAUSE = new ReviewQuestion("root-cause-deep",
            "Does the root cause go deep enough?",
            "It explains what the system allowed and why it made sense at the time, with the contributing factors, "
                    + "not only the trigger.");
    public static final ReviewQuestion ACTIONS = new ReviewQuestion("actions-appropriate",
            "Are the action items appropriate?",
            "Each addresses a cause or a contributing factor found above, and together they would prevent or shorten "
                    + "a repeat.");
    public static final ReviewQuestion PRIORITIES = new ReviewQuestion("actions-prioritized",
            "Are the fixes at the right priority?",
            "The resulting work has priorities that match the risk, so it is not left behind by everyday work.");
    public static final ReviewQuestion OWNERS = new ReviewQuestion("owners-and-dates",
            "Does every action item have an owner and a due date?",
            "A named person or team, and a date, for each item; items that will not be done say so.");
    public static final ReviewQuestion BLAMELESS = new ReviewQuestion("blameless",
            "Is the report blameless?",
            "It describes systems, conditions and decisions as they looked at the time, never a person as the cause.");
    public static final ReviewQuestion SHARED = new ReviewQuestion("shared",
            "Has the outcome been shared?",
            "The teams involved and the stakeholders have read it, and customers were told what they need to know.");

    /** Every question, in the order the checklist shows them. */
    public static final List<ReviewQuestion> ALL = List.of(KEY_DATA, IMPACT, ROOT_CAUSE, ACTIONS, PRIORITIES, OWNERS,
            BLAMELESS, SHARED);

    public ReviewQuestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(help, "help");
    }

    /** The question with this code, if this version knows it (a file may hold codes of a newer version). */
    public static Optional<ReviewQuestion> of(String code) {
        return ALL.stream().filter(q -> q.code.equals(code)).findFirst();
    }
}
