package dev.hindsight.recovery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock file of a recovery session, held by the process that owns the session (a running
 * instance, or the instance that adopted a crashed one). The operating system drops the lock
 * when the process dies, however it dies: a lock that can be taken marks an orphan.
 */
final class SessionLock implements AutoCloseable {
    static final String FILE_NAME = "session.lock";

    /**
     * The lock files this process holds. They are never opened a second time: closing any
     * channel of a file drops every POSIX lock this process holds on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of the session in {@code folder}, or null when another process (or this one) holds it. */
    static SessionLock tryAcquire(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!HELD.add(file)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD.remove(file);
                return null;
            }
            return new SessionLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(file);
            if (e instanceof OverlappingFileLockException) {
                return null;
            }
            throw e;
        }
    }

    /** Whether this process holds the lock of the session in {@code folder}. */
    static boolean heldHere(Path folder) {
        return HELD.contains(folder.resolve(FILE_NAME).toAbsolutePath().normalize());
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
            HELD.remove(file);
        }
    }
}
