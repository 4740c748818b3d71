package dev.hindsight.compare;

import dev.hindsight.model.Comment;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Report;
import java.util.List;
import java.util.Optional;

/**
 * Keeps paths into a list right when its rows are inserted, removed or moved: the paths of
 * recorded conflicts and of comments that point into rows ({@code timeline[3].text}) move with
 * those rows, so they name the same row afterwards. A path into a row that is gone stays as it
 * was; a comment there is then found by its words, or shown detached.
 */
public final class RowPaths {
    private RowPaths() {
    }

    /**
     * After a change of the list at {@code list} that moved row i to {@code oldToNew[i]} (-1 for
     * a row removed).
     */
    public static Report follow(Report report, String list, int[] oldToNew) {
        java.util.function.UnaryOperator<String> move = path -> Paths.row(path).filter(p -> p.list().equals(list))
                .filter(p -> p.index() < oldToNew.length && oldToNew[p.index()] >= 0)
                .map(p -> p.at(oldToNew[p.index()]).path()).orElse(path);
        List<MergeConflict> conflicts = report.mergeConflicts().stream()
                .map(c -> c.withPath(move.apply(c.path()))).toList();
        List<Comment> comments = report.comments().stream().map(c -> withPath(c, move.apply(c.path()))).toList();
        if (conflicts.equals(report.mergeConflicts()) && comments.equals(report.comments())) {
            return report;
        }
        return report.builder().mergeConflicts(conflicts).comments(comments).build();
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
