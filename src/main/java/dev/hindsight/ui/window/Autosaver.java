package dev.hindsight.ui.window;

import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.IoMessages;
import dev.hindsight.model.Report;
import dev.hindsight.recovery.Debouncer;
import dev.hindsight.recovery.RecoverySession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps a recovery copy of a window's unsaved report: about a second after typing stops (at
 * the latest ten seconds into a burst), off the UI thread, atomically, in the recovery
 * session, never in the user's file. A saved or closed report's copy is removed.
 */
final class Autosaver {
    static final Duration QUIET = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private record State(Report report, Path file, FileFingerprint basedOn, boolean dirty, Instant changed) {
    }

    private final RecoverySession session;
    private final AtomicReference<State> state = new AtomicReference<>();
    private final Debouncer debouncer;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String id;
    private boolean copyExists;

    Autosaver(DocumentViewModel doc, RecoverySession session, ScheduledExecutorService scheduler) {
        this.session = session;
        this.id = session.newDocumentId();
        this.debouncer = new Debouncer(QUIET, MAX_DELAY, Debouncer.Scheduler.of(scheduler), this::write);
        doc.report().addListener((o, a, b) -> changed(doc, true));
        doc.dirty().addListener((o, a, b) -> changed(doc, false));
        doc.file().addListener((o, a, b) -> changed(doc, false));
    }

    /** Takes over the recovery copy of a restored report, so it is kept under its id. */
    synchronized void adopt(String claimedId) {
        id = claimedId;
        copyExists = true;
    }

    private void changed(DocumentViewModel doc, boolean edited) {
        State before = state.get();
        Instant when = edited || before == null ? Instant.now() : before.changed();
        state.set(new State(doc.current(), doc.file().get(), doc.fingerprint(), doc.dirty().get(), when));
        debouncer.trigger();
    }

    private synchronized void write() {
        State now = state.get();
        if (now == null) {
            return;
        }
        try {
            if (now.dirty()) {
                session.save(id, now.report(), now.file(), now.basedOn(), now.changed());
                copyExists = true;
                show("Autosaved " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_LOCAL_TIME));
            } else if (copyExists) {
                session.discard(id);
                id = session.newDocumentId();
                copyExists = false;
                show("");
            }
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(Autosaver.class.getName()).log(Level.WARNING, "autosave failed", e);
            show("Autosave failed: " + (e instanceof IOException io ? IoMessages.describe(io) : e.toString()));
        }
    }

    private void show(String message) {
        Platform.runLater(() -> status.set(message));
    }

    /** Writes a waiting copy now (tests, and before a risky operation). */
    void flush() {
        debouncer.flush();
    }

    /** The window closed after its report was saved or its changes dropped: no copy is kept. */
    synchronized void closed() {
        debouncer.close();
        try {
            session.discard(id);
        } catch (IOException | RuntimeException e) {
            // The session's clean close removes what is left.
            Logger.getLogger(Autosaver.class.getName()).log(Level.INFO, "a closed window's copy was not discarded", e);
        }
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
