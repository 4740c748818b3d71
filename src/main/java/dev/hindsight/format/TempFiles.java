package dev.hindsight.format;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The temporary siblings {@code .NAME.HEX.tmp} that {@link AtomicFileWriter} writes before a
 * rename, and the removal of those a killed save left behind. A live save holds a lock on its
 * temporary file while it writes; the lock dies with the process, so a temporary file whose
 * lock is free and that has not changed for a while is provably abandoned.
 */
final class TempFiles {
    private static final Pattern SUFFIX = Pattern.compile("\\.[0-9a-f]{1,16}\\.tmp");
    /**
     * The temporary files this process is writing. They are never opened by the clean-up:
     * closing any channel of a file drops every POSIX lock this process holds on it.
     */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private TempFiles() {
    }

    /** A new, empty temporary sibling of {@code name} in {@code folder}, open for writing and locked if the platform can. */
    static Open create(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
            Path temp = folder.resolve("." + name + "." + suffix + ".tmp");
            try {
                FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                LIVE.add(temp);
                return new Open(temp, channel, tryLock(channel));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // A file system without locks: the save goes on; only the clean-up loses its proof.
            Logger.getLogger(TempFiles.class.getName()).log(Level.FINE, "a temporary file is not locked", e);
            return null;
        }
    }

    /** Whether {@code fileName} is a temporary file of a save of {@code name}. */
    static boolean isTempOf(String fileName, String name) {
        String prefix = "." + name;
        return fileName.startsWith(prefix) && SUFFIX.matcher(fileName.substring(prefix.length())).matches();
    }

    /**
     * Deletes the temporary files of saves of {@code name} that are provably abandoned: not
     * {@code keep}, unchanged for at least {@code quiet}, and not locked by a live save.
     * Best effort; returns how many were deleted.
     */
    static int removeAbandoned(Path folder, String name, Path keep, Duration quiet) {
        int removed = 0;
        Instant cutoff = Instant.now().minus(quiet);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder,
                p -> isTempOf(p.getFileName().toString(), name))) {
            for (Path temp : siblings) {
                if (!temp.equals(keep) && isAbandoned(temp, cutoff) && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The save itself succeeded; a leftover hidden file is harmless and goes next time.
            Logger.getLogger(TempFiles.class.getName()).log(Level.WARNING,
                    "abandoned temporary files were not removed: " + folder, e);
        }
        return removed;
    }

    private static boolean isAbandoned(Path temp, Instant cutoff) throws IOException {
        if (LIVE.contains(temp) || !Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                || Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS).toInstant().isAfter(cutoff)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // a save in this very process holds it
        } catch (IOException e) {
            return false; // no locks here: abandonment cannot be proven
        }
    }

    /**
     * A temporary file being written: its channel stays open (and locked) until {@link #close()},
     * and the clean-up of this process leaves it alone until {@link #finished()}.
     */
    static final class Open implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;
        private final FileLock lock;

        Open(Path path, FileChannel channel, FileLock lock) {
            this.path = path;
            this.channel = channel;
            this.lock = lock;
        }

        Path path() {
            return path;
        }

        FileChannel channel() {
            return channel;
        }

        @Override
        public void close() throws IOException {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
            }
        }

        /** Called once the file has been renamed or deleted: it is no longer this process's to protect. */
        void finished() {
            LIVE.remove(path);
        }
    }
}
