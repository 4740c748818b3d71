package dev.hindsight.ui.review;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.ReportDiff;
import dev.hindsight.compare.ResolutionException;
import dev.hindsight.edit.CompareEdits;
import dev.hindsight.model.Report;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File ▸ Compare with…: another copy of the report ("theirs") beside the open one, its differences
 * found again after every edit (positions move), and "Take Theirs" for one, an undoable edit.
 *
 * <p>After an edit the differences are found on a background thread (tens of milliseconds in a
 * 10,000-event report, too long for a keystroke); edits made meanwhile are compared once it ends.
 * Taking theirs from a list not yet brought up to date compares first, on the spot.
 */
public final class CompareViewModel {
    private static final Logger LOG = Logger.getLogger(CompareViewModel.class.getName());

    /** One daemon thread for every window's comparisons, started when first needed. */
    private static final Executor COMPARING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hindsight-compare");
        t.setDaemon(true);
        return t;
    });

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Report> theirs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper theirsName = new ReadOnlyStringWrapper("");
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final Executor worker;
    private final Executor ui;
    private boolean running;
    /** The report the differences shown were found in. */
    private Report shownFor;

    public CompareViewModel(DocumentViewModel doc, DialogService dialogs) {
        this(doc, dialogs, COMPARING, Platform::runLater);
    }

    /** Comparing after edits on {@code worker}, its result shown through {@code ui} (the JavaFX thread's queue). */
    CompareViewModel(DocumentViewModel doc, DialogService dialogs, Executor worker, Executor ui) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.worker = worker;
        this.ui = ui;
        doc.report().addListener((o, a, b) -> refreshLater());
    }

    /** Compares the open report with {@code other}, read from a file named {@code name}. */
    public void compareWith(Report other, String name) {
        theirsName.set(name);
        theirs.set(other);
        refreshNow();
    }

    /** Stops comparing. */
    public void close() {
        shownFor = null;
        theirs.set(null);
        theirsName.set("");
        differences.clear();
    }

    /** Compares the report as it is now, on this thread. */
    private void refreshNow() {
        Report other = theirs.get();
        if (other != null) {
            Report ours = doc.current();
            show(ours, ReportDiff.between(ours, other));
        }
    }

    /** Compares the report as it is now on the worker, or once the comparison running ends. */
    private void refreshLater() {
        Report other = theirs.get();
        if (other == null || running) {
            return;
        }
        running = true;
        Report ours = doc.current();
        CompletableFuture.supplyAsync(() -> ReportDiff.between(ours, other), worker)
                .whenComplete((found, failure) -> ui.execute(() -> compared(ours, other, found, failure)));
    }

    private void compared(Report ours, Report other, List<Difference> found, Throwable failure) {
        running = false;
        if (failure != null) {
            LOG.log(Level.WARNING, "comparing with " + theirsName.get() + " failed", failure);
        } else if (theirs.get() == other && ours == doc.current()) {
            show(ours, found);
        }
        if (theirs.get() != null && shownFor != doc.current()) {
            refreshLater(); // edited meanwhile
        }
    }

    private void show(Report ours, List<Difference> now) {
        shownFor = ours;
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
        if (shownFor != doc.current()) { // the list on screen is an edit behind: positions must be the report's
            refreshNow();
            if (!differences.contains(difference)) {
                return false;
            }
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
