package dev.hindsight.compare;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.RawJson;
import java.util.ArrayList;
import java.util.List;
import dev.hindsight.model.Report;

/**
 * "Take theirs" for one difference that {@link ReportDiff#between} found between ours and theirs:
 * ours changed so that this difference is gone. It applies to the ours the difference was found
 * in; after taking one, compare again for the next (positions move).
 */
public final class TakeTheirs {
    private TakeTheirs() {
    }

    public static Report apply(Report ours, Report theirs, Difference d) throws ResolutionException {
        try {
            return switch (d.change()) {
                case CHANGED -> d.isAboutLines() ? lines(ours, d) : Places.set(ours, d.path(), full(theirs, d));
                case ADDED -> added(ours, theirs, d);
                case REMOVED -> removed(ours, d);
                case MOVED -> {
                    Paths.RowPlace row = Paths.row(d.path()).orElseThrow();
                    yield Places.move(ours, row.list(), row.index(), d.target());
                }
            };
        } catch (ReportFormatException e) {
            throw new ResolutionException(e.path() + ": " + e.problem(), e);
        }
    }

    private static Report added(Report ours, Report theirs, Difference d) throws ReportFormatException {
        if (d.isAboutLines()) {
            return lines(ours, d);
        }
        if (!Places.isRow(d.path())) {
            return Places.set(ours, d.path(), full(theirs, d));
        }
        Paths.RowPlace row = Paths.row(d.theirsPath()).orElseThrow();
        String oursList = Paths.row(d.path()).map(Paths.RowPlace::list).orElse(row.list());
        Report inserted = Places.insert(ours, oursList, d.target(), full(theirs, d));
        return RowPaths.after(inserted, oursList, d.target(), 1);
    }

    private static Report removed(Report ours, Difference d) throws ReportFormatException {
        if (d.isAboutLines()) {
            return lines(ours, d);
        }
        if (!Places.isRow(d.path())) {
            return Places.removeKey(ours, d.path());
        }
        Paths.RowPlace row = Paths.row(d.path()).orElseThrow();
        return RowPaths.after(Places.remove(ours, row.list(), row.index()), row.list(), row.index(), -1);
    }

    /** Theirs' value in full (a picture with its data, which a difference leaves out). */
    private static RawJson full(Report theirs, Difference d) throws ReportFormatException {
        return Places.get(theirs, d.theirsPath()).orElseThrow(() -> ReportFormatException.of("theirs", d.theirsPath(),
                "there is no such place in their copy"));
    }

    private static Report lines(Report ours, Difference d) throws ReportFormatException {
        String text = Places.text(ours, d.path()).orElseThrow(() -> ReportFormatException.of("ours", d.path(),
                "is not a text"));
        List<String> lines = new ArrayList<>(Prose.lines(text));
        int from = d.oursLine() - 1;
        int count = d.ours().equals(RawJson.NULL) ? 0 : Prose.lines(ValueCodecs.STRING.read(d.ours(), d.path())).size();
        List<String> replacement = d.theirs().equals(RawJson.NULL) ? List.of()
                : Prose.lines(ValueCodecs.STRING.read(d.theirs(), d.path()));
        if (from < 0 || from + count > lines.size()) {
            throw ReportFormatException.of("ours", d.path(), "has no line " + d.oursLine() + " any more");
        }
        lines.subList(from, from + count).clear();
        lines.addAll(from, replacement);
        return Places.set(ours, d.path(), ValueCodecs.STRING.write(Prose.text(lines)));
    }
}
