package dev.hindsight.recovery;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The recovery session of one running instance: a folder it holds locked for its lifetime,
 * where the unsaved reports of its windows are autosaved. Sessions of instances that died
 * (their lock is free) are orphans: this session adopts them by taking their lock, so that
 * a second instance running at the same time neither offers nor deletes them too.
 *
 * <p>The methods are thread-safe; the caller runs them off the UI thread (they write files).
 */
public final class RecoverySession implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final SessionLock lock;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final ReportEncoder encoder = new ReportEncoder();
    private final Set<String> discarded = new HashSet<>();
    private final Orphans orphans;
    private boolean closed;

    private RecoverySession(RecoveryStore store, Path folder, SessionLock lock) {
        this.folder = folder;
        this.lock = lock;
        this.orphans = new Orphans(store.folder(), folder, new ReportReader());
    }

    static RecoverySession start(RecoveryStore store) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = "session-" + STAMP.format(Instant.now()) + "-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
            Path folder = store.folder().resolve(name);
            try {
                Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
                continue;
            }
            SessionLock lock = null;
            try {
                RecoveryStore.createPrivate(folder);
                lock = SessionLock.tryAcquire(folder);
            } catch (NoSuchFileException e) {
                // another instance took the still unlocked new folder for an empty orphan and removed it
                Logger.getLogger(RecoverySession.class.getName()).log(Level.INFO,
                        "a new session folder vanished; trying another", e);
            }
            if (lock != null) {
                return new RecoverySession(store, folder, lock);
            }
            if (attempt > 10) {
                throw new IOException(store.folder() + ": no recovery session could be started and locked");
            }
        }
    }

    /** The folder of this session. */
    public Path folder() {
        return folder;
    }

    /** A new id for a document of this instance, to name its recovery entry. */
    public String newDocumentId() {
        return UUID.randomUUID().toString();
    }

    /** {@link #save(String, Report, Path, FileFingerprint, Instant)} without a fingerprint of the original. */
    public void save(String documentId, Report report, Path originalFile, Instant lastChange) throws IOException {
        save(documentId, report, originalFile, null, lastChange);
    }

    /**
     * Autosaves the unsaved state of a document, atomically, replacing its previous copy. The
     * user's own file is never written. A save for a document already discarded is ignored, so
     * a late autosave cannot bring back what the user threw away.
     *
     * @param originalFile the file the report was opened from or saved to, or null when untitled
     * @param basedOn      what that file was when these unsaved changes began, or null
     * @param lastChange   when the user last changed the report
     */
    public synchronized void save(String documentId, Report report, Path originalFile, FileFingerprint basedOn,
                                  Instant lastChange) throws IOException {
        checkId(documentId);
        if (closed || discarded.contains(documentId)) {
            return;
        }
        // Report first: a crash between the two writes leaves a recoverable report with older metadata.
        writer.write(RecoveryFiles.report(folder, documentId), encoder.encode(report));
        writer.write(RecoveryFiles.meta(folder, documentId), RecoveryFiles.meta(originalFile, basedOn, lastChange));
    }

    /** Removes a document's recovery copy: it was saved, or the user chose not to keep its changes. */
    public synchronized void discard(String documentId) throws IOException {
        checkId(documentId);
        discarded.add(documentId);
        RecoveryFiles.deleteEntry(folder, documentId);
    }

    /**
     * The unsaved reports of instances that died, oldest change first. Their sessions are
     * adopted (locked by this process) until each entry is {@linkplain #claim claimed} or
     * {@linkplain #discard(RecoveredReport) discarded}, or this session closes; old sessions
     * found empty are removed.
     */
    public synchronized List<RecoveredReport> orphans() throws IOException {
        checkOpen();
        return orphans.find();
    }

    /**
     * Takes an orphan into this session (the user chose to restore it): its copy moves here
     * under the returned document id, to be autosaved and discarded like any other document.
     */
    public synchronized String claim(RecoveredReport orphan) throws IOException {
        checkOpen();
        String id = newDocumentId();
        orphans.moveInto(orphan, folder, id);
        return id;
    }

    /** Deletes an orphan (the user chose to discard it, or saved it elsewhere). */
    public synchronized void discard(RecoveredReport orphan) throws IOException {
        checkOpen();
        orphans.delete(orphan);
    }

    /**
     * The clean end of this instance, once every document was saved or discarded by the
     * user: removes this session and what is left in it, and lets go of adopted orphans
     * (what was neither claimed nor discarded is offered again at the next start).
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        orphans.releaseAll();
        for (String id : RecoveryFiles.ids(folder)) {
            RecoveryFiles.deleteEntry(folder, id);
        }
        RecoveryFiles.removeFolder(folder, lock);
    }

    /**
     * An end that keeps every recovery copy (the system is shutting down with unsaved
     * reports): the next start offers them as after a crash.
     */
    public synchronized void closeKeepingCopies() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        orphans.releaseAll();
        lock.close();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the recovery session " + folder + " is closed");
        }
    }

    private static void checkId(String documentId) {
        if (!RecoveryFiles.isValidId(documentId)) {
            throw new IllegalArgumentException("not a document id (letters, digits, - and _): " + documentId);
        }
    }
}
