package dev.hindsight.model;

import java.time.Instant;
import java.util.Objects;

/** A reply in a comment's thread; {@code createdAt} may be null when a file did not say. */
public record CommentReply(String author, Instant createdAt, String text, Extras extras) {
    public CommentReply {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extras, "extras");
    }
}
