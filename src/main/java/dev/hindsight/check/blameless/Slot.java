package dev.hindsight.check.blameless;

import java.util.Optional;

/** The places in a phrase that match a class of words rather than one word (see the phrase list's header). */
enum Slot {
    /** A word of the {@code @role} class: engineer, operator, on-call, he, she, team… */
    ROLE("<role>"),
    /** A role, or a person's name in the middle of a sentence. */
    PERSON("<person>"),
    /** A role, a name anywhere, I or we: for verbs only people do (forgot, neglected). */
    ANYONE("<anyone>"),
    /** The possessive of a role or a name, or his, her, their. */
    POSSESSIVE("<person's>");

    private final String written;

    Slot(String written) {
        this.written = written;
    }

    /** As written in the phrase list. */
    String written() {
        return written;
    }

    private static final Slot[] ALL = values();

    /** The slot {@code word} writes; a loop, as it is asked for every word of thousands of phrases. */
    static Optional<Slot> of(String word) {
        if (word.isEmpty() || word.charAt(0) != '<') {
            return Optional.empty();
        }
        for (Slot s : ALL) {
            if (s.written.equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
