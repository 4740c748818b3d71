package dev.hindsight.ui;

import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.IoMessages;
import dev.hindsight.recovery.RecoveredReport;
import dev.hindsight.recovery.RecoverySession;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.window.FileNames;
import dev.hindsight.ui.window.MainWindow;
import dev.hindsight.ui.window.SaveTargets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;

/**
 * After a crash or a kill: offers each report the previous run had not saved, one by one,
 * to restore (shown as unsaved), save elsewhere, discard, or keep for the next start. Every
 * file is read, hashed, moved or removed in the background; only the questions are asked on
 * the UI thread.
 */
public final class RecoveryPrompt {
    private static final Logger LOG = Logger.getLogger(RecoveryPrompt.class.getName());

    private final AppContext app;

    /** A recovered report, and whether its original file changed on disk since (hashed in the background). */
    private record Offer(RecoveredReport report, boolean fileChanged) {
    }

    public RecoveryPrompt(AppContext app) {
        this.app = app;
    }

    /** Looks for orphaned copies in the background and asks about each on the UI thread. */
    public void offer(MainWindow anchor) {
        offer(anchor.stage());
    }

    /** As {@link #offer(MainWindow)}, with the questions owned by {@code owner}. */
    public void offer(Window owner) {
        RecoverySession session = app.recovery();
        if (session == null) {
            return;
        }
        app.background().submit("Looking for unsaved reports", () -> offers(session))
                .whenComplete((offers, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "the search for unsaved reports of earlier runs failed", failure);
                    } else if (!offers.isEmpty()) {
                        LOG.info(() -> offers.size() + " unsaved reports of earlier runs found");
                        askNext(new ArrayDeque<>(offers), app.dialogsFor(owner));
                    }
                });
    }

    private static List<Offer> offers(RecoverySession session) throws IOException {
        return session.orphans().stream().map(r -> new Offer(r, changed(r))).toList();
    }

    private void askNext(Deque<Offer> remaining, DialogService dialogs) {
        Offer offer = remaining.poll();
        if (offer == null) {
            return;
        }
        RecoveredReport r = offer.report();
        var choice = dialogs.askRecovery(r.title(), r.originalFile(), r.lastChange(), r.problem(), offer.fileChanged());
        LOG.info(() -> "recovered copy " + r.recoveryFile() + " (" + r.originalFile() + "): " + choice);
        switch (choice) {
            case RESTORE -> restore(r, dialogs);
            case SAVE_ELSEWHERE -> saveElsewhere(r, dialogs);
            case DISCARD -> inBackground("Discarding a recovered report", () -> {
                app.recovery().discard(r);
                return r;
            }, "The recovered report could not be handled", dialogs);
            default -> { }
        }
        askNext(remaining, dialogs);
    }

    private static boolean changed(RecoveredReport r) {
        FileFingerprint basedOn = r.basedOn();
        try {
            return basedOn != null && r.originalFile() != null && basedOn.changedOnDisk(r.originalFile());
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not compare " + r.originalFile() + " with its recovered copy", e);
            return true;
        }
    }

    private void restore(RecoveredReport r, DialogService dialogs) {
        if (r.report() == null) {
            return;
        }
        inBackground("Restoring " + r.title(), () -> app.recovery().claim(r), "The report could not be restored",
                dialogs).thenAccept(id -> {
                    if (id != null) {
                        app.unusedOrNewWindow().restore(r, id);
                    }
                });
    }

    private void saveElsewhere(RecoveredReport r, DialogService dialogs) {
        if (r.report() == null) {
            return;
        }
        Path folder = r.originalFile() != null ? r.originalFile().toAbsolutePath().getParent()
                : app.settings().lastFolder().orElse(null);
        SaveTargets.choose(dialogs, folder, FileNames.suggest(r.report().title()), dialogs::chooseSaveTarget,
                FileNames::withExtension).ifPresent(target -> inBackground("Saving " + target.getFileName(), () -> {
                    app.files().save(r.report(), null, target);
                    app.recovery().discard(r);
                    return target;
                }, "The recovered report could not be saved", dialogs));
    }

    /** Runs file work in the background; a failure is shown under {@code header}, and the result is then null. */
    private <T> CompletableFuture<T> inBackground(String activity, Callable<T> work, String header,
                                                  DialogService dialogs) {
        return app.background().submit(activity, work).handle((value, failure) -> {
            if (failure == null) {
                return value;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            LOG.log(Level.WARNING, activity + " failed", cause);
            dialogs.showError(header, cause instanceof IOException io ? IoMessages.describe(io) : String.valueOf(cause));
            return null;
        });
    }
}
