package dev.hindsight.compare;

import dev.hindsight.model.Comment;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Report;
import java.util.List;
import java.util.Optional;

/**
 * Keeps paths into a list right when a row is inserted into it or removed from it: the paths of
 * recorded conflicts and of comments that point at later rows move with those rows.
 */
final class RowShift {
    private RowShift() {
    }

    /** After a row was inserted at {@code at} ({@code delta} 1) or the row at {@code at} removed (-1). */
    static Report after(Report report, String list, int at, int delta) {
        List<MergeConflict> conflicts = report.mergeConflicts().stream()
                .map(c -> shifted(c.path(), list, at, delta).map(c::withPath).orElse(c)).toList();
        List<Comment> comments = report.comments().stream()
                .map(c -> shifted(c.path(), list, at, delta).map(p -> withPath(c, p)).orElse(c)).toList();
        return report.builder().mergeConflicts(conflicts).comments(comments).build();
    }

    private static Optional<String> shifted(String path, String list, int at, int delta) {
        return Paths.row(path).filter(p -> p.list().equals(list))
                .filter(p -> delta > 0 ? p.index() >= at : p.index() > at)
                .map(p -> p.at(p.index() + delta).path());
    }

    static Comment withPath(Comment c, String path) {
        return new Comment(c.id(), c.author(), c.createdAt(), c.text(), path, c.quote(), c.resolved(), c.replies(),
                c.extras());
    }
}
