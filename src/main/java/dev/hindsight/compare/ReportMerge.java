package dev.hindsight.compare;

import dev.hindsight.model.Comment;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The three-way merge of two copies of a report that share a base: independent edits combine,
 * the same edit on both sides is one edit, and where both changed the same place differently
 * the result holds ours and records the conflict. Comments of both copies are combined (by id),
 * unknown keys of both are kept. Comments and conflicts already recorded point into rows by
 * position: before they are merged, their paths are moved to where those rows are in the merged
 * report, so the same comment on the same row has the same path on every side.
 */
public final class ReportMerge {
    private static final String COMMENTS = "comments";
    private static final String CONFLICTS = "mergeConflicts";

    private ReportMerge() {
    }

    public static MergeResult merge(Report base, Report ours, Report theirs) {
        Merger merger = new Merger();
        Report result = ours;
        for (Member<Report, ?> m : ReportSchema.REPORT.members()) {
            if (!m.key().equals(COMMENTS) && !m.key().equals(CONFLICTS)) {
                result = merger.member(m, "", base, ours, theirs, result);
            }
        }
        result = result.withExtras(merger.extras("", base.extras(), ours.extras(), theirs.extras()));
        Report[] sides = {base, ours, theirs};
        List<Comment> comments = merger.node(node(COMMENTS),
                COMMENTS, moved(merger, sides, 0, Report::comments, Comment::path, ReportMerge::withPath),
                moved(merger, sides, 1, Report::comments, Comment::path, ReportMerge::withPath),
                moved(merger, sides, 2, Report::comments, Comment::path, ReportMerge::withPath));
        List<MergeConflict> conflicts = new ArrayList<>(merger.node(node(CONFLICTS), CONFLICTS,
                moved(merger, sides, 0, Report::mergeConflicts, MergeConflict::path, MergeConflict::withPath),
                moved(merger, sides, 1, Report::mergeConflicts, MergeConflict::path, MergeConflict::withPath),
                moved(merger, sides, 2, Report::mergeConflicts, MergeConflict::path, MergeConflict::withPath)));
        List<MergeConflict> found = List.copyOf(merger.conflicts());
        conflicts.addAll(found);
        result = result.builder()
                .comments(comments)
                .mergeConflicts(conflicts)
                .formatVersion(Math.max(base.formatVersion(), Math.max(ours.formatVersion(), theirs.formatVersion())))
                .build();
        return new MergeResult(result, found);
    }

    @SuppressWarnings("unchecked")
    private static <E> Node<List<E>> node(String key) {
        return (Node<List<E>>) ReportSchema.REPORT.member(key).orElseThrow().node();
    }

    /** A side's elements with their paths into rows moved to where those rows are in the merged report. */
    private static <E> List<E> moved(Merger merger, Report[] sides, int side, Function<Report, List<E>> list,
                                     Function<E, String> path, BiFunction<E, String, E> withPath) {
        List<E> out = new ArrayList<>();
        for (E e : list.apply(sides[side])) {
            out.add(movedPath(merger, side, path.apply(e)).map(p -> withPath.apply(e, p)).orElse(e));
        }
        return out;
    }

    private static Optional<String> movedPath(Merger merger, int side, String path) {
        return Paths.row(path).flatMap(place -> {
            int[][] maps = merger.rowMap(place.list());
            if (maps == null || place.index() >= maps[side].length || maps[side][place.index()] < 0) {
                return Optional.empty();
            }
            return Optional.of(place.at(maps[side][place.index()]).path());
        });
    }

    private static Comment withPath(Comment c, String path) {
        return new Comment(c.id(), c.author(), c.createdAt(), c.text(), path, c.quote(), c.resolved(), c.replies(),
                c.extras());
    }
}
