package dev.hindsight.ui.review;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.ReportDiff;
import dev.hindsight.compare.ResolutionException;
import dev.hindsight.edit.CompareEdits;
import dev.hindsight.model.Report;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.List;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File ▸ Compare with…: another copy of the report ("theirs") beside the open one, its differences
 * found again after every edit (positions move), and "Take Theirs" for one, an undoable edit.
 */
public final class CompareViewModel {
    private static final Logger LOG = Logger.getLogger(CompareViewModel.class.getName());

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Report> theirs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper theirsName = new ReadOnlyStringWrapper("");
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();

    public CompareViewModel(DocumentViewModel doc, DialogService dialogs) {
        this.doc = doc;
        this.dialogs = dialogs;
        doc.report().addListener((o, a, b) -> refresh());
    }

    /** Compares the open report with {@code other}, read from a file named {@code name}. */
    public void compareWith(Report other, String name) {
        theirsName.set(name);
        theirs.set(other);
        refresh();
    }

    /** Stops comparing. */
    public void close() {
        theirs.set(null);
        theirsName.set("");
        differences.clear();
    }

    private void refresh() {
        Report other = theirs.get();
        if (other == null) {
            return;
        }
        List<Difference> now = ReportDiff.between(doc.current(), other);
        if (!now.equals(differences)) {
            differences.setAll(now);
        }
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    public ReadOnlyObjectProperty<Report> theirs() {
        return theirs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty theirsName() {
        return theirsName.getReadOnlyProperty();
    }

    /** Takes theirs for one difference: one step on the undo stack. */
    public boolean takeTheirs(Difference difference) {
        Report other = theirs.get();
        if (other == null) {
            return false;
        }
        try {
            return doc.execute(CompareEdits.takeTheirs(doc.current(), other, difference));
        } catch (ResolutionException e) {
            LOG.info(() -> "not taken: " + e.getMessage());
            dialogs.showError("Their version cannot be taken here", e.getMessage());
            return false;
        }
    }
}
