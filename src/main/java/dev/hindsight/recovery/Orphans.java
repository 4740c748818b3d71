package dev.hindsight.recovery;

import dev.hindsight.format.ReportReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions of dead instances that one session has adopted (taken their locks), and what
 * it does with their entries. Not thread-safe: its {@link RecoverySession} serialises calls.
 */
final class Orphans {
    /** How long an empty session folder may be a starting instance's, not yet locked. */
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final Path store;
    private final Path own;
    private final ReportReader reader;
    private final Map<Path, SessionLock> adopted = new LinkedHashMap<>();

    Orphans(Path store, Path own, ReportReader reader) {
        this.store = store;
        this.own = own;
        this.reader = reader;
    }

    /** Adopts every session whose lock is free and lists its entries, oldest change first. */
    List<RecoveredReport> find() throws IOException {
        List<RecoveredReport> found = new ArrayList<>();
        try (DirectoryStream<Path> sessions = Files.newDirectoryStream(store, Files::isDirectory)) {
            for (Path other : sessions) {
                // Read before adopting: taking the lock may create the lock file and touch the folder.
                Instant touched = Files.getLastModifiedTime(other).toInstant();
                if (other.equals(own) || !adopt(other)) {
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
     * An orphan session without entries is removed, unless it is new: a starting instance
     * creates its folder a moment before it locks it, and must not see it vanish.
     */
    private void leaveEmpty(Path other, Instant touched) throws IOException {
        if (touched.isBefore(Instant.now().minus(FRESH))) {
            RecoveryFiles.removeFolder(other, adopted.remove(other));
        } else {
            adopted.remove(other).close();
        }
    }

    /** Moves an orphan's copy into the folder {@code into} as entry {@code id}. */
    void moveInto(RecoveredReport orphan, Path into, String id) throws IOException {
        check(orphan);
        Path from = orphan.folder();
        Files.move(RecoveryFiles.report(from, orphan.documentId()), RecoveryFiles.report(into, id),
                StandardCopyOption.ATOMIC_MOVE);
        Path meta = RecoveryFiles.meta(from, orphan.documentId());
        if (Files.exists(meta)) {
            Files.move(meta, RecoveryFiles.meta(into, id), StandardCopyOption.ATOMIC_MOVE);
        }
        forget(orphan);
    }

    void delete(RecoveredReport orphan) throws IOException {
        check(orphan);
        forget(orphan);
    }

    /** Lets go of every adopted session, leaving its files for the next start. */
    void releaseAll() throws IOException {
        for (SessionLock taken : adopted.values()) {
            taken.close();
        }
        adopted.clear();
    }

    private void forget(RecoveredReport orphan) throws IOException {
        Path from = orphan.folder();
        RecoveryFiles.deleteEntry(from, orphan.documentId());
        if (RecoveryFiles.ids(from).isEmpty()) {
            RecoveryFiles.removeFolder(from, adopted.remove(from));
        }
    }

    private void check(RecoveredReport orphan) throws IOException {
        if (!adopted.containsKey(orphan.folder())) {
            throw new IllegalStateException("not an orphan adopted by this session: " + orphan);
        }
        if (!Files.exists(RecoveryFiles.report(orphan.folder(), orphan.documentId()))) {
            throw new NoSuchFileException(orphan.recoveryFile().toString(), null, "already claimed or discarded");
        }
    }
}
