package dev.hindsight.recovery;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

    /** How long an empty session folder may be a starting instance's, not yet locked. */
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final RecoveryStore store;
    private final Path folder;
    private final SessionLock lock;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final ReportEncoder encoder = new ReportEncoder();
    private final ReportReader reader = new ReportReader();
    private final Set<String> discarded = new HashSet<>();
    private final Map<Path, SessionLock> adopted = new LinkedHashMap<>();
    private boolean closed;

    private RecoverySession(RecoveryStore store, Path folder, SessionLock lock) {
        this.store = store;
        this.folder = folder;
        this.lock = lock;
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
        deleteEntry(folder, documentId);
    }

    /**
     * The unsaved reports of instances that died, oldest change first. Their sessions are
     * adopted (locked by this process) until each entry is {@linkplain #claim claimed} or
     * {@linkplain #discard(RecoveredReport) discarded}, or this session closes; sessions found
     * empty are removed.
     */
    public synchronized List<RecoveredReport> orphans() throws IOException {
        List<RecoveredReport> found = new ArrayList<>();
        try (DirectoryStream<Path> sessions = Files.newDirectoryStream(store.folder(), Files::isDirectory)) {
            for (Path other : sessions) {
                // Read before adopting: taking the lock may create the lock file and touch the folder.
                Instant touched = Files.getLastModifiedTime(other).toInstant();
                if (other.equals(folder) || !adopt(other)) {
                    continue;
                }
                List<String> ids = RecoveryFiles.ids(other);
                for (String id : ids) {
                    found.add(RecoveryFiles.read(other, id, reader));
                }
                if (ids.isEmpty()) {
                    leaveEmpty(other, touched);
                }
            }
        }
        found.sort((a, b) -> a.lastChange().compareTo(b.lastChange()));
        return found;
    }

    /**
     * An orphan session without entries is removed, unless it is new: a starting instance
     * creates its folder a moment before it locks it, and must not see it vanish.
     */
    private void leaveEmpty(Path other, Instant touched) throws IOException {
        if (touched.isBefore(Instant.now().minus(FRESH))) {
            removeAdopted(other);
        } else {
            adopted.remove(other).close();
        }
    }

    private boolean adopt(Path other) throws IOException {
        if (adopted.containsKey(other)) {
            return true;
        }
        SessionLock taken = SessionLock.tryAcquire(other);
        if (taken == null) {
            return false; // a live instance, or another one adopting it right now
        }
        adopted.put(other, taken);
        return true;
    }

    /**
     * Takes an orphan into this session (the user chose to restore it): its copy moves here
     * under the returned document id, to be autosaved and discarded like any other document.
     */
    public synchronized String claim(RecoveredReport orphan) throws IOException {
        checkAdopted(orphan);
        String id = newDocumentId();
        Path from = orphan.folder();
        Files.move(RecoveryFiles.report(from, orphan.documentId()), RecoveryFiles.report(folder, id),
                StandardCopyOption.ATOMIC_MOVE);
        Path meta = RecoveryFiles.meta(from, orphan.documentId());
        if (Files.exists(meta)) {
            Files.move(meta, RecoveryFiles.meta(folder, id), StandardCopyOption.ATOMIC_MOVE);
        }
        deleteEntry(from, orphan.documentId());
        removeIfEmpty(from);
        return id;
    }

    /** Deletes an orphan (the user chose to discard it, or saved it elsewhere). */
    public synchronized void discard(RecoveredReport orphan) throws IOException {
        checkAdopted(orphan);
        deleteEntry(orphan.folder(), orphan.documentId());
        removeIfEmpty(orphan.folder());
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
        releaseAdopted();
        for (String id : RecoveryFiles.ids(folder)) {
            deleteEntry(folder, id);
        }
        removeFolder(folder, lock);
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
        releaseAdopted();
        lock.close();
    }

    private void releaseAdopted() throws IOException {
        for (SessionLock taken : adopted.values()) {
            taken.close();
        }
        adopted.clear();
    }

    private void checkAdopted(RecoveredReport orphan) throws IOException {
        if (closed || !adopted.containsKey(orphan.folder())) {
            throw new IllegalStateException("not an orphan adopted by this open session: " + orphan);
        }
        if (!Files.exists(RecoveryFiles.report(orphan.folder(), orphan.documentId()))) {
            throw new NoSuchFileException(orphan.recoveryFile().toString(), null, "already claimed or discarded");
        }
    }

    private static void checkId(String documentId) {
        if (!RecoveryFiles.isValidId(documentId)) {
            throw new IllegalArgumentException("not a document id (letters, digits, - and _): " + documentId);
        }
    }

    /** Deletes an entry's files, and any temporary file a killed autosave of it left. */
    private static void deleteEntry(Path dir, String id) throws IOException {
        Files.deleteIfExists(RecoveryFiles.report(dir, id));
        Files.deleteIfExists(RecoveryFiles.meta(dir, id));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "." + id + ".*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void removeIfEmpty(Path other) throws IOException {
        if (RecoveryFiles.ids(other).isEmpty()) {
            removeAdopted(other);
        }
    }

    private void removeAdopted(Path other) throws IOException {
        removeFolder(other, adopted.remove(other));
    }

    /** Removes a session folder whose lock this process holds: its last files, then the lock, then the folder. */
    private static void removeFolder(Path dir, SessionLock held) throws IOException {
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir,
                p -> !p.getFileName().toString().equals(SessionLock.FILE_NAME))) {
            for (Path file : rest) {
                Files.deleteIfExists(file);
            }
        }
        held.close();
        try {
            Files.deleteIfExists(dir.resolve(SessionLock.FILE_NAME));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Another instance opened the lock in between; it finds the session empty and removes it.
        }
    }
}
