package dev.hindsight.compare;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolving the conflicts a merge recorded, one by one: keep ours (what the report holds), take
 * theirs, or put an edited value in its place. Resolving removes the record; resolving the last
 * one leaves {@code mergeConflicts} empty. The report may have been edited since the merge, so a
 * conflict's place is found again first ({@link #locate}).
 */
public final class ConflictResolution {
    private ConflictResolution() {
    }

    /**
     * The conflict with its path and line where its place is in the report now, or empty when
     * the place cannot be found any more (the row was deleted, the lines rewritten). A row
     * or value is found again by being equal to ours, the nearest such to where it was; lines of
     * prose by being ours' lines, the nearest such to where they were.
     */
    public static Optional<MergeConflict> locate(Report report, MergeConflict conflict) {
        String path = conflict.path();
        Optional<Paths.RowPlace> row = Paths.row(path);
        if (conflict.isAboutLines()) {
            return candidates(report, path, row).stream()
                    .map(p -> lines(report, p, conflict))
                    .filter(Optional::isPresent).map(Optional::get).findFirst();
        }
        if (row.isEmpty()) {
            return Places.get(report, path).isPresent() ? Optional.of(conflict) : Optional.empty();
        }
        if (Places.isRow(path) && conflict.ours().equals(RawJson.NULL)) {
            // The row is not there (ours deleted it): its place is where it would go.
            int size = Places.size(report, row.get().list());
            return Optional.of(conflict.withPath(row.get().at(Math.min(row.get().index(), size)).path()));
        }
        return candidates(report, path, row).stream()
                .filter(p -> Places.get(report, p).filter(v -> sameJson(v, conflict.ours())).isPresent())
                .findFirst().map(conflict::withPath);
    }

    /** Keeps what the report holds (ours, or what was typed there since) and removes the record. */
    public static Report keepOurs(Report report, MergeConflict conflict) {
        return without(report, conflict);
    }

    public static Report takeTheirs(Report report, MergeConflict conflict) throws ResolutionException {
        return resolve(report, conflict, conflict.theirs());
    }

    /**
     * Puts {@code value} at the conflict's place and removes the record: theirs, base, or an edit
     * of either. For lines of prose the value is the text of the lines (a string); for a row,
     * {@code null} deletes it. A value of the wrong kind is refused with the place.
     */
    public static Report resolve(Report report, MergeConflict conflict, RawJson value) throws ResolutionException {
        if (!report.mergeConflicts().contains(conflict)) {
            return report;
        }
        if (sameJson(value, conflict.ours())) {
            return without(report, conflict);
        }
        MergeConflict at = locate(report, conflict).orElseThrow(() -> new ResolutionException(conflict.path()
                + ": this place changed since the merge and is not where the conflict was any more; keep what is "
                + "there, or edit it by hand"));
        try {
            // The record goes first: the change may move the paths of the records left.
            return apply(without(report, conflict), conflict, at, value);
        } catch (ReportFormatException e) {
            throw new ResolutionException(e.path() + ": " + e.problem(), e);
        }
    }

    private static Report apply(Report report, MergeConflict conflict, MergeConflict at, RawJson value)
            throws ReportFormatException {
        if (at.isAboutLines()) {
            String text = Places.text(report, at.path()).orElseThrow();
            List<String> lines = new ArrayList<>(Prose.lines(text));
            List<String> ours = Prose.ofBlock(ValueCodecs.STRING.read(conflict.ours(), at.path()));
            List<String> replacement = Prose.ofBlock(ValueCodecs.STRING.read(value, at.path()));
            int from = at.line() - 1;
            lines.subList(from, from + ours.size()).clear();
            lines.addAll(from, replacement);
            Report changed = Places.set(report, at.path(), ValueCodecs.STRING.write(Prose.text(lines)));
            return shiftLines(changed, conflict, at, replacement.size() - ours.size());
        }
        if (!Places.isRow(at.path())) {
            // In a conflict record null is "nothing there": for an unknown key, no key.
            boolean none = ValueCodecs.equivalent(value, RawJson.NULL) && Places.isUnknownKey(at.path());
            return none ? Places.removeKey(report, at.path()) : Places.set(report, at.path(), value);
        }
        Paths.RowPlace row = Paths.row(at.path()).orElseThrow();
        boolean there = !conflict.ours().equals(RawJson.NULL);
        boolean wanted = !value.equals(RawJson.NULL);
        if (there && wanted) {
            return Places.set(report, at.path(), value);
        }
        if (there) {
            return RowPaths.after(Places.remove(report, row.list(), row.index()), row.list(), row.index(), -1);
        }
        if (wanted) {
            return RowPaths.after(Places.insert(report, row.list(), row.index(), value), row.list(), row.index(), 1);
        }
        return report;
    }

    /** Other conflicts on later lines of the same field move with the lines. */
    private static Report shiftLines(Report report, MergeConflict resolved, MergeConflict at, int delta) {
        if (delta == 0) {
            return report;
        }
        List<MergeConflict> out = new ArrayList<>();
        for (MergeConflict c : report.mergeConflicts()) {
            boolean later = c.isAboutLines() && c.path().equals(at.path()) && c.line() > at.line();
            out.add(later ? c.withLine(c.line() + delta) : c);
        }
        return report.withMergeConflicts(out);
    }

    private static Report without(Report report, MergeConflict conflict) {
        List<MergeConflict> rest = new ArrayList<>(report.mergeConflicts());
        rest.remove(conflict);
        return report.withMergeConflicts(rest);
    }

    /** The paths where the place may be now: where it was, then the same place in the other rows, nearest first. */
    private static List<String> candidates(Report report, String path, Optional<Paths.RowPlace> row) {
        List<String> out = new ArrayList<>();
        out.add(path);
        row.ifPresent(p -> out.addAll(Places.inOtherRows(report, p)));
        return out;
    }

    private static Optional<MergeConflict> lines(Report report, String path, MergeConflict conflict) {
        Optional<String> text = Places.text(report, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Prose.lines(text.get());
        List<String> ours;
        try {
            ours = Prose.ofBlock(ValueCodecs.STRING.read(conflict.ours(), path));
        } catch (ReportFormatException e) {
            return Optional.empty();
        }
        int want = conflict.line() - 1;
        if (ours.isEmpty()) {
            return want <= lines.size() && path.equals(conflict.path()) ? Optional.of(conflict) : Optional.empty();
        }
        int best = -1;
        for (int from = 0; from + ours.size() <= lines.size(); from++) {
            if (lines.subList(from, from + ours.size()).equals(ours)
                    && (best < 0 || Math.abs(from - want) < Math.abs(best - want))) {
                best = from;
            }
        }
        return best < 0 ? Optional.empty()
                : Optional.of(conflict.withPath(path).withLine(best + 1));
    }

    private static boolean sameJson(RawJson a, RawJson b) {
        return ValueCodecs.equivalent(a, b);
    }
}
