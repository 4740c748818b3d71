package dev.hindsight.format;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file's content so that, whatever happens, the file is either whole and old or
 * whole and new: a temporary file in the same folder, flushed to disk, then renamed over the
 * target. A symbolic link stays a link (its target is replaced) and permissions are kept. A
 * read-only file is refused rather than replaced. Temporary files that a killed save left
 * behind are removed by a later save of the same file once they are provably abandoned.
 */
public final class AtomicFileWriter {
    /** Where a test can make a write fail; production code uses {@link #NONE}. */
    public interface Faults {
        void at(Stage stage) throws IOException;
    }

    public enum Stage { CREATING, CREATED, WRITTEN, FLUSHED, MOVING }

    public static final Faults NONE = stage -> { };

    /** Content written to a stream, for files too large or too slow to build in memory first (a PDF). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A last check right before the rename, when the new content is whole on disk: throwing
     * leaves the target as it is (a file someone else changed meanwhile, for example).
     */
    @FunctionalInterface
    public interface BeforeRename {
        void check() throws IOException;
    }

    public static final BeforeRename NO_CHECK = () -> { };

    /** How long a leftover temporary file must be untouched (and unlocked) before a later save removes it. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Faults faults;
    private final Duration abandonedAfter;

    public AtomicFileWriter() {
        this(NONE);
    }

    public AtomicFileWriter(Faults faults) {
        this(faults, ABANDONED_AFTER);
    }

    /** A writer whose clean-up treats temporary files untouched for {@code abandonedAfter} as abandoned (when unlocked). */
    public AtomicFileWriter(Faults faults, Duration abandonedAfter) {
        this.faults = faults;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Replaces {@code target} with {@code content}. Failures are {@link FileSystemException}s
     * naming the file or folder at fault, worded for a person by {@link IoMessages}; after a
     * failure the old file is unchanged and no temporary file is left.
     */
    public void write(Path target, byte[] content) throws IOException {
        write(target, content, NO_CHECK);
    }

    /** Like {@link #write(Path, byte[])}, with {@code beforeRename} run once the new content is whole on disk. */
    public void write(Path target, byte[] content, BeforeRename beforeRename) throws IOException {
        write(target, out -> out.write(content), beforeRename);
    }

    /**
     * Writes what {@code content} produces; if it throws (or the thread is interrupted and it
     * gives up), the target is left as it was and no temporary file remains.
     */
    public void write(Path target, Content content) throws IOException {
        write(target, content, NO_CHECK);
    }

    private void write(Path target, Content content, BeforeRename beforeRename) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        Path folder = real.getParent();
        String name = real.getFileName().toString();
        checkReplaceable(real, folder);
        TempFiles.Open temp = createTemp(folder, name);
        try {
            try {
                faults.at(Stage.CREATED);
                OutputStream out = new BufferedOutputStream(
                        new UnclosableStream(Channels.newOutputStream(temp.channel())), 1 << 16);
                content.writeTo(out);
                out.flush();
                faults.at(Stage.WRITTEN);
                temp.channel().force(true);
            } finally {
                temp.close();
            }
            faults.at(Stage.FLUSHED);
            copyPermissions(real, temp.path());
            faults.at(Stage.MOVING);
            beforeRename.check();
            move(temp.path(), real);
        } catch (IOException e) {
            deleteQuietly(temp.path());
            throw naming(e, real);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp.path());
            throw e;
        } finally {
            temp.finished();
        }
        syncFolder(folder);
        TempFiles.removeAbandoned(folder, name, temp.path(), abandonedAfter);
    }

    /** Keeps a writer's {@code close()} (OpenPDF closes what it writes to) from closing the channel before the flush to disk. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The file a save must replace: the final target of a chain of symbolic links. */
    static Path resolveLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops > 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        return current;
    }

    private static void checkReplaceable(Path file, Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            String where = folder == null ? file.toString() : folder.toString();
            if (folder != null && Files.exists(folder)) {
                throw new FileSystemException(where, null, "not a folder");
            }
            throw new NoSuchFileException(where, null, "the folder does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "a folder has this name");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A rename would put a regular file in place of the device or pipe (as root, even /dev/null).
            throw new FileSystemException(file.toString(), null,
                    "not a file but a device, pipe or socket: nothing is written to it");
        }
        if (Files.exists(file) && isReadOnly(file)) {
            throw new AccessDeniedException(file.toString(), null, "the file is read-only");
        }
    }

    /** Read-only for this user, or for everyone (which even an administrator should not override silently). */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return posix != null && posix.readAttributes().permissions().stream().noneMatch(WRITE_BITS::contains);
    }

    private TempFiles.Open createTemp(Path folder, String name) throws IOException {
        try {
            faults.at(Stage.CREATING);
            return TempFiles.create(folder, name);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is read-only: no file can be saved in it");
        } catch (FileSystemException e) {
            throw new FileSystemException(folder.toString(), null, e.getReason() == null ? e.getMessage() : e.getReason());
        }
    }

    /** A plain I/O error ("No space left on device") does not say which file; this one does. */
    private static IOException naming(IOException e, Path file) {
        // A cancelled export is not a file problem: callers look for InterruptedIOException.
        if (e instanceof FileSystemException || e instanceof java.io.InterruptedIOException) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null,
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        named.initCause(e);
        return named;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            target.setPermissions(permissions);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every platform can open a folder (Windows); the rename is already done.
            Logger.getLogger(AtomicFileWriter.class.getName()).log(Level.FINE,
                    "the folder was not synced: " + folder, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Best effort: the failure being reported matters more than a leftover temp file.
            Logger.getLogger(AtomicFileWriter.class.getName()).log(Level.WARNING,
                    "a temporary file was left: " + temp, e);
        }
    }
}
