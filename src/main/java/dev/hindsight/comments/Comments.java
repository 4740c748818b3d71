package dev.hindsight.comments;

import dev.hindsight.compare.Places;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Review comments of a report: making new ones (on words of a field, on a row or item, on a whole
 * place), and the changes to them, each a plain function of the report that the edit commands
 * wrap. Comments are found by id; a change of a comment that is not there changes nothing.
 */
public final class Comments {
    /** Letters and digits of an id: lowercase, without the ones people confuse (0/o, 1/l). */
    private static final String ID_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyz";
    static final int ID_LENGTH = 8;

    private Comments() {
    }

    /** A short random id that no comment of the report has. */
    public static String newId(Report report, RandomGenerator random) {
        Set<String> taken = new HashSet<>();
        report.comments().forEach(c -> taken.add(c.id()));
        while (true) {
            StringBuilder id = new StringBuilder(ID_LENGTH);
            for (int i = 0; i < ID_LENGTH; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            if (!taken.contains(id.toString())) {
                return id.toString();
            }
        }
    }

    /**
     * A comment on the words {@code [start, end)} (UTF-16 offsets) of the text field at {@code path}.
     *
     * @throws IllegalArgumentException when there is no text there or the offsets are outside it
     */
    public static Comment onWords(Report report, String id, String author, Instant at, String text, String path,
                                  int start, int end) {
        String field = Places.text(report, path)
                .orElseThrow(() -> new IllegalArgumentException(path + " is not a text field of this report"));
        if (start < 0 || end > field.length() || start >= end) {
            throw new IllegalArgumentException("words " + start + ".." + end + " are not in " + path);
        }
        return new Comment(id, author, at, text, path, field.substring(start, end), false, List.of(), Extras.NONE);
    }

    /** A comment on a timeline row, an action item or a contributing factor ({@code timeline[3]}). */
    public static Comment onRow(Report report, String id, String author, Instant at, String text, String rowPath) {
        if (!Places.isRow(rowPath) || Places.get(report, rowPath).isEmpty()) {
            throw new IllegalArgumentException(rowPath + " is not a row of this report");
        }
        String words = CommentAnchors.rowWords(report, rowPath).orElse("");
        return new Comment(id, author, at, text, rowPath, words, false, List.of(), Extras.NONE);
    }

    /** A comment on a whole field or value ({@code rootCause}, {@code summary.startedAt}). */
    public static Comment onPlace(Report report, String id, String author, Instant at, String text, String path) {
        if (Places.get(report, path).isEmpty()) {
            throw new IllegalArgumentException(path + " is not a place of this report");
        }
        return new Comment(id, author, at, text, path, "", false, List.of(), Extras.NONE);
    }

    public static Report add(Report report, Comment comment) {
        List<Comment> all = new ArrayList<>(report.comments());
        all.add(comment);
        return report.withComments(all);
    }

    public static Report reply(Report report, String id, CommentReply reply) {
        return change(report, id, c -> {
            List<CommentReply> replies = new ArrayList<>(c.replies());
            replies.add(reply);
            return new Comment(c.id(), c.author(), c.createdAt(), c.text(), c.path(), c.quote(), c.resolved(), replies,
                    c.extras());
        });
    }

    public static Report setResolved(Report report, String id, boolean resolved) {
        return change(report, id, c -> new Comment(c.id(), c.author(), c.createdAt(), c.text(), c.path(), c.quote(),
                resolved, c.replies(), c.extras()));
    }

    public static Report editText(Report report, String id, String text) {
        return change(report, id, c -> new Comment(c.id(), c.author(), c.createdAt(), text, c.path(), c.quote(),
                c.resolved(), c.replies(), c.extras()));
    }

    /** Removes the comment (the first with this id, should a file hold two). */
    public static Report delete(Report report, String id) {
        List<Comment> rest = new ArrayList<>(report.comments());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).id().equals(id)) {
                rest.remove(i);
                return report.withComments(rest);
            }
        }
        return report;
    }

    private static Report change(Report report, String id, UnaryOperator<Comment> change) {
        List<Comment> all = new ArrayList<>(report.comments());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                Comment changed = change.apply(all.get(i));
                if (changed.equals(all.get(i))) {
                    return report;
                }
                all.set(i, changed);
                return report.withComments(all);
            }
        }
        return report;
    }
}
