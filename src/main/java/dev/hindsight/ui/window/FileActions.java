package dev.hindsight.ui.window;

import dev.hindsight.edit.Template;
import dev.hindsight.format.IoMessages;
import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.OpenedReport;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.SaveRefusedException;
import dev.hindsight.model.Report;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Background;
import dev.hindsight.ui.support.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * New, Open, Save, Save As and Close for one window. Reading and writing run in the
 * {@link Background}; a refused file or a failed save leaves the open report as it was, says
 * exactly what went wrong, and a failed save offers Save As. Every flow completes with true
 * when it did what was asked and false when the user cancelled or it failed.
 */
public final class FileActions {
    private static final Logger LOG = Logger.getLogger(FileActions.class.getName());

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final Background background;
    private final ReportFiles files;
    private final Settings settings;
    private java.util.function.Consumer<Path> saved = path -> { };
    /** The last save asked for; the next one starts only once it is done (they would race on the file). */
    private CompletableFuture<Boolean> lastSave = done(true);
    /** A Save asked for while another save runs, not started yet: another Save joins it. */
    private CompletableFuture<Boolean> waitingSave;

    public FileActions(DocumentViewModel doc, DialogService dialogs, Background background, ReportFiles files,
                       Settings settings) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.background = background;
        this.files = files;
        this.settings = settings;
    }

    private static CompletableFuture<Boolean> done(boolean value) {
        return CompletableFuture.completedFuture(value);
    }

    /** Told after every successful save (the autosave copy is no longer needed). */
    public void onSaved(java.util.function.Consumer<Path> listener) {
        this.saved = listener;
    }

    /** Opens a recovered report as unsaved, with its original file (if any) as its file. */
    public void restore(Report report, Path originalFile, FileFingerprint basedOn) {
        doc.startUnsaved(report, Template.CLASSIC, originalFile, basedOn);
    }

    public CompletableFuture<Boolean> newReport() {
        return confirmReplace().thenApply(go -> {
            if (!go) {
                return false;
            }
            return dialogs.chooseTemplate().map(t -> {
                doc.startNew(t);
                return true;
            }).orElse(false);
        });
    }

    /** Shows an imported report in this window, unsaved, after asking about unsaved changes. */
    public CompletableFuture<Boolean> showImported(Report report, String source) {
        return confirmReplace().thenApply(go -> {
            if (go) {
                doc.startImported(report, source);
            }
            return go;
        });
    }

    public CompletableFuture<Boolean> newFromFile() {
        return confirmReplace().thenCompose(go -> {
            if (!go) {
                return done(false);
            }
            return dialogs.chooseReportToOpen(folder()).map(path -> read(path).thenApply(result -> {
                if (result == null) {
                    return false;
                }
                doc.startUnsaved(Template.copyOf(result.report()), Template.CLASSIC, null, null);
                return true;
            })).orElse(done(false));
        });
    }

    public CompletableFuture<Boolean> open() {
        return confirmReplace().thenCompose(go -> go
                ? dialogs.chooseReportToOpen(folder()).map(this::load).orElse(done(false))
                : done(false));
    }

    /** Opens {@code path} in this window, after asking about unsaved changes. */
    public CompletableFuture<Boolean> open(Path path) {
        return confirmReplace().thenCompose(go -> go ? load(path) : done(false));
    }

    /** Shows {@code opened}, read from {@code path} already (the report named on the command line). */
    public void showRead(Path path, OpenedReport opened) {
        doc.opened(opened.report(), path, opened.warnings(), opened.fingerprint());
        remember(path);
    }

    private CompletableFuture<Boolean> load(Path path) {
        return read(path).thenApply(result -> {
            if (result == null) {
                return false;
            }
            doc.opened(result.report(), path, result.warnings(), result.fingerprint());
            remember(path);
            return true;
        });
    }

    /** Reads a report in the background; on refusal shows it and completes with null. */
    private CompletableFuture<OpenedReport> read(Path path) {
        return background.submit("Opening " + path.getFileName(), () -> files.openTracked(path))
                .handle((result, failure) -> {
                    if (failure == null) {
                        return result;
                    }
                    Throwable cause = unwrap(failure);
                    if (cause instanceof ReportFormatException refusal) {
                        LOG.info(() -> "refused: " + refusal.getMessage());
                        dialogs.showError("This file cannot be opened as a report", refusal.getMessage());
                        if (refusal.kind() == ReportFormatException.Kind.NO_SUCH_FILE) {
                            settings.removeRecent(path.toAbsolutePath().normalize());
                        }
                    } else {
                        LOG.log(Level.WARNING, "not opened: " + path, cause);
                        dialogs.showError("This file cannot be opened", path + ": " + cause);
                    }
                    return null;
                });
    }

    /**
     * Saves to the report's file (or asks where, for a new report). Saves of this report run one
     * at a time: a Save asked for while one runs waits for it, then saves what the report is
     * then; several such Saves are one.
     */
    public CompletableFuture<Boolean> save() {
        if (waitingSave != null) {
            return waitingSave;
        }
        boolean waits = !lastSave.isDone();
        CompletableFuture<Boolean> next = afterLastSave(() -> {
            waitingSave = null;
            Path path = doc.file().get();
            return path == null ? chooseAndSave() : saveTo(path);
        });
        if (waits) {
            waitingSave = next;
        }
        return next;
    }

    public CompletableFuture<Boolean> saveAs() {
        return afterLastSave(this::chooseAndSave);
    }

    /** Runs a save once the last one is done, on the thread that finishes it (the UI thread). */
    private CompletableFuture<Boolean> afterLastSave(java.util.function.Supplier<CompletableFuture<Boolean>> save) {
        CompletableFuture<Boolean> previous = lastSave;
        CompletableFuture<Boolean> next = previous.isDone() ? save.get()
                : previous.handle((ok, failure) -> ok).thenCompose(ok -> save.get());
        lastSave = next;
        return next;
    }

    private CompletableFuture<Boolean> chooseAndSave() {
        Path current = doc.file().get();
        Path folder = current != null ? current.toAbsolutePath().getParent() : folder();
        return SaveTargets.choose(dialogs, folder, FileNames.suggest(doc.current().title()), dialogs::chooseSaveTarget,
                        FileNames::withExtension)
                .map(this::saveTo)
                .orElse(done(false));
    }

    private CompletableFuture<Boolean> saveTo(Path path) {
        return saveTo(path, true);
    }

    /**
     * Saves to {@code path}; when it is the document's own file and {@code checkDisk}, first
     * makes sure nobody changed that file since it was read or written here.
     */
    private CompletableFuture<Boolean> saveTo(Path path, boolean checkDisk) {
        // The file holds only the pictures something refers to; an undo brings the others back.
        dev.hindsight.edit.PictureEdits.dropUnreferenced(doc.current()).ifPresent(doc::execute);
        var snapshot = doc.snapshot();
        Report baseline = doc.baseline();
        FileFingerprint known = path.equals(doc.file().get()) && checkDisk ? doc.fingerprint() : null;
        doc.endMerging();
        // The file is compared with what was read right before the rename: no gap for another save.
        return background.submit("Saving " + path.getFileName(),
                () -> files.saveTracked(snapshot.report(), baseline, path, known)).handle((written, failure) -> {
                    if (failure == null) {
                        doc.saved(snapshot, written.report(), path, written.fingerprint());
                        remember(path);
                        saved.accept(path);
                        return done(true);
                    }
                    Throwable cause = unwrap(failure);
                    if (cause instanceof SaveRefusedException refused
                            && refused.reason() == SaveRefusedException.Reason.CHANGED_ON_DISK) {
                        return resolveConflict(path);
                    }
                    String why = cause instanceof IOException io ? IoMessages.describe(io) : String.valueOf(cause);
                    LOG.log(Level.WARNING, "not saved: " + path, cause);
                    boolean retry = dialogs.offerSaveAs("The report could not be saved to " + path.getFileName(),
                            path + ": " + why + "\n\nYour changes are still here, unsaved. "
                                    + "Choose Save As to save them somewhere else.");
                    return retry ? chooseAndSave() : done(false);
                })
                .thenCompose(f -> f);
    }

    private CompletableFuture<Boolean> resolveConflict(Path path) {
        switch (dialogs.askConflict(path)) {
            case OVERWRITE:
                return saveTo(path, false);
            case SAVE_AS:
                return chooseAndSave();
            case RELOAD:
                return load(path);
            default:
                return done(false);
        }
    }

    /** Asks about unsaved changes before the window closes; true when it may close. */
    public CompletableFuture<Boolean> confirmClose() {
        return confirmReplace();
    }

    private CompletableFuture<Boolean> confirmReplace() {
        if (!doc.dirty().get()) {
            return done(true);
        }
        switch (dialogs.askToSaveChanges(doc.displayName())) {
            case SAVE:
                return save();
            case DONT_SAVE:
                return done(true);
            default:
                return done(false);
        }
    }

    private void remember(Path path) {
        settings.addRecent(path);
        Path parent = path.toAbsolutePath().getParent();
        settings.setLastFolder(parent);
    }

    private Path folder() {
        return settings.lastFolder().orElse(Path.of(System.getProperty("user.home")));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
