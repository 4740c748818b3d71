package dev.hindsight.edit;

import dev.hindsight.compare.ConflictResolution;
import dev.hindsight.compare.ResolutionException;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;

/**
 * The commands that resolve a conflict a merge recorded, one at a time: keep ours, take theirs,
 * or put an edited value there. Resolving the last one leaves no record. The command is checked
 * against the report it will change when it is made, so a value that does not fit, or a place
 * that changed since the merge, is refused then, with the place, rather than doing nothing.
 */
public final class ConflictEdits {
    private ConflictEdits() {
    }

    public static Command keepOurs(MergeConflict conflict) {
        return ReportEdit.of("Keep Ours in " + conflict.path(), r -> ConflictResolution.keepOurs(r, conflict));
    }

    public static Command takeTheirs(Report current, MergeConflict conflict) throws ResolutionException {
        return resolve(current, conflict, conflict.theirs(), "Take Theirs in ");
    }

    /** Puts {@code value} (JSON, as the conflict's sides are: a string for lines of prose) in the conflict's place. */
    public static Command useValue(Report current, MergeConflict conflict, RawJson value) throws ResolutionException {
        return resolve(current, conflict, value, "Resolve Conflict in ");
    }

    private static Command resolve(Report current, MergeConflict conflict, RawJson value, String verb)
            throws ResolutionException {
        ConflictResolution.resolve(current, conflict, value);
        return ReportEdit.of(verb + conflict.path(), r -> {
            try {
                return ConflictResolution.resolve(r, conflict, value);
            } catch (ResolutionException e) {
                // Checked against the report when made; a report it no longer fits is left as it is.
                return r;
            }
        });
    }
}
