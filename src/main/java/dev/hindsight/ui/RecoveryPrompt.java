package dev.hindsight.ui;

import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.IoMessages;
import dev.hindsight.recovery.RecoveredReport;
import dev.hindsight.recovery.RecoverySession;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.window.FileNames;
import dev.hindsight.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * After a crash or a kill: offers each report the previous run had not saved, one by one,
 * to restore (shown as unsaved), save elsewhere, discard, or keep for the next start.
 */
public final class RecoveryPrompt {
    private final AppContext app;

    public RecoveryPrompt(AppContext app) {
        this.app = app;
    }

    /** Looks for orphaned copies in the background and asks about each on the UI thread. */
    public void offer(MainWindow anchor) {
        offer(anchor.stage());
    }

    /** As {@link #offer(MainWindow)}, the questions owned by {@code anchor} (a library window at start). */
    public void offer(javafx.stage.Stage anchor) {
        RecoverySession session = app.recovery();
        if (session == null) {
            return;
        }
        app.background().submit("Looking for unsaved reports", session::orphans)
                .whenComplete((orphans, failure) -> {
                    if (failure == null && !orphans.isEmpty()) {
                        askNext(new ArrayDeque<>(orphans), anchor);
                    }
                });
    }

    private void askNext(Deque<RecoveredReport> remaining, javafx.stage.Stage anchor) {
        RecoveredReport r = remaining.poll();
        if (r == null) {
            return;
        }
        DialogService dialogs = app.dialogsFor(anchor);
        switch (dialogs.askRecovery(r.title(), r.originalFile(), r.lastChange(), r.problem(), changed(r))) {
            case RESTORE -> restore(r, dialogs);
            case SAVE_ELSEWHERE -> saveElsewhere(r, dialogs);
            case DISCARD -> act(() -> app.recovery().discard(r), dialogs);
            default -> { }
        }
        askNext(remaining, anchor);
    }

    private static boolean changed(RecoveredReport r) {
        FileFingerprint basedOn = r.basedOn();
        try {
            return basedOn != null && r.originalFile() != null && basedOn.changedOnDisk(r.originalFile());
        } catch (IOException e) {
            return true;
        }
    }

    private void restore(RecoveredReport r, DialogService dialogs) {
        if (r.report() == null) {
            return;
        }
        try {
            String id = app.recovery().claim(r);
            app.unusedOrNewWindow().restore(r, id);
        } catch (IOException e) {
            dialogs.showError("The report could not be restored", IoMessages.describe(e));
        }
    }

    private void saveElsewhere(RecoveredReport r, DialogService dialogs) {
        if (r.report() == null) {
            return;
        }
        Path folder = r.originalFile() != null ? r.originalFile().toAbsolutePath().getParent()
                : app.settings().lastFolder().orElse(null);
        dialogs.chooseSaveTarget(folder, FileNames.suggest(r.report().title())).ifPresent(target -> app.background()
                .submit("Saving " + target.getFileName(), () -> {
                    app.files().save(r.report(), null, FileNames.withExtension(target));
                    app.recovery().discard(r);
                    return target;
                })
                .whenComplete((saved, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        dialogs.showError("The recovered report could not be saved", cause instanceof IOException io
                                ? IoMessages.describe(io) : String.valueOf(cause));
                    }
                }));
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void act(Io io, DialogService dialogs) {
        try {
            io.run();
        } catch (IOException e) {
            dialogs.showError("The recovered report could not be handled", IoMessages.describe(e));
        }
    }
}
