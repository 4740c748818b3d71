package dev.hindsight.comments;

import java.util.Objects;

/**
 * Where a comment is in the report now. {@code path} is the place it was found at (for a
 * {@link State#MOVED} comment not the one it records); {@code start} and {@code end} are the
 * UTF-16 offsets of its words in that field's text, -1 when it is about a whole field, row or
 * item, or detached.
 */
public record Anchor(State state, String path, int start, int end) {
    public enum State {
        /** At its place, its words there. */
        ATTACHED,
        /** Its words (or its row) found in another row of the same list: the row moved. */
        MOVED,
        /** Its words are gone: the comment is kept and shown apart, never dropped. */
        DETACHED
    }

    public Anchor {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(path, "path");
    }

    static Anchor detached(String path) {
        return new Anchor(State.DETACHED, path, -1, -1);
    }

    public boolean isDetached() {
        return state == State.DETACHED;
    }

    public boolean isAboutWords() {
        return start >= 0;
    }
}
