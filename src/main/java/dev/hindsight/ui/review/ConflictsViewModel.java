package dev.hindsight.ui.review;

import dev.hindsight.compare.ResolutionException;
import dev.hindsight.edit.Command;
import dev.hindsight.edit.ConflictEdits;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflicts a merge recorded in the open report, and their resolution one by one: keep ours,
 * take theirs, or put an edit of either there. Each is one step on the undo stack; resolving the
 * last one removes the record. A value that does not fit is refused with its place, nothing changed.
 */
public final class ConflictsViewModel {
    private static final Logger LOG = Logger.getLogger(ConflictsViewModel.class.getName());

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final ObservableList<MergeConflict> conflicts = FXCollections.observableArrayList();

    public ConflictsViewModel(DocumentViewModel doc, DialogService dialogs) {
        this.doc = doc;
        this.dialogs = dialogs;
        doc.report().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        if (!conflicts.equals(doc.current().mergeConflicts())) {
            conflicts.setAll(doc.current().mergeConflicts());
        }
    }

    public ObservableList<MergeConflict> conflicts() {
        return conflicts;
    }

    public boolean keepOurs(MergeConflict conflict) {
        return doc.execute(ConflictEdits.keepOurs(conflict));
    }

    public boolean takeTheirs(MergeConflict conflict) {
        return run(conflict, () -> ConflictEdits.takeTheirs(doc.current(), conflict));
    }

    /** Asks for an edit of {@code side} (ours or theirs) and puts it in the conflict's place. */
    public boolean editFrom(MergeConflict conflict, RawJson side) {
        String header = conflict.isAboutLines()
                ? "The lines of " + conflict.path() + " from line " + conflict.line() + ", as they should be"
                : "The value of " + conflict.path() + " as it should be (JSON, as the report file holds it)";
        Optional<String> edited = dialogs.askText("Resolve Conflict", header, shown(conflict, side), true);
        if (edited.isEmpty()) {
            return false;
        }
        RawJson value;
        if (conflict.isAboutLines()) {
            String lines = edited.get().replace("\r\n", "\n");
            value = ValueCodecs.STRING.write(lines.isEmpty() || lines.endsWith("\n") ? lines : lines + "\n");
        } else {
            value = new RawJson(edited.get().strip());
        }
        RawJson chosen = value;
        return run(conflict, () -> ConflictEdits.useValue(doc.current(), conflict, chosen));
    }

    /** A side as a person reads it: the lines themselves for prose, else the JSON. */
    public static String shown(MergeConflict conflict, RawJson side) {
        if (side.equals(RawJson.NULL)) {
            return conflict.isAboutLines() ? "" : "null";
        }
        try {
            return side.text().startsWith("\"") ? ValueCodecs.STRING.read(side, conflict.path()) : side.text();
        } catch (ReportFormatException e) {
            return side.text();
        }
    }

    private interface Resolution {
        Command make() throws ResolutionException;
    }

    private boolean run(MergeConflict conflict, Resolution resolution) {
        try {
            return doc.execute(resolution.make());
        } catch (ResolutionException e) {
            LOG.info(() -> "conflict not resolved: " + e.getMessage());
            dialogs.showError("This conflict cannot be resolved that way", e.getMessage());
            return false;
        }
    }
}
