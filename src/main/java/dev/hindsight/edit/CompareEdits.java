package dev.hindsight.edit;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.ResolutionException;
import dev.hindsight.compare.TakeTheirs;
import dev.hindsight.model.Report;

/** "Take theirs" for one difference of File ▸ Compare with…: an undoable edit of the open report. */
public final class CompareEdits {
    private CompareEdits() {
    }

    /**
     * Takes theirs for {@code difference}, found between {@code current} (the open report) and
     * {@code theirs}; compare again after it, for positions move.
     */
    public static Command takeTheirs(Report current, Report theirs, Difference difference) throws ResolutionException {
        Report after = TakeTheirs.apply(current, theirs, difference);
        return ReportEdit.of("Take Theirs in " + difference.path(), r -> {
            if (r.equals(current)) {
                return after;
            }
            try {
                return TakeTheirs.apply(r, theirs, difference);
            } catch (ResolutionException e) {
                return r;
            }
        });
    }
}
