package dev.hindsight.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reviewer's comment (format version 2), anchored to a place of the report by its path
 * ({@code rootCause}, {@code timeline[3].text}) and the words it is about ({@code quote},
 * empty for a whole field, row or item), so it can be found again after edits around it.
 */
public record Comment(String id, String author, Instant createdAt, String text, String path, String quote,
                      boolean resolved, List<CommentReply> replies, Extras extras) {
    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(quote, "quote");
        replies = List.copyOf(replies);
        Objects.requireNonNull(extras, "extras");
    }
}
