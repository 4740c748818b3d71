package dev.hindsight.format;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that, whatever happens, the file is either whole and old or
 * whole and new: a temporary file in the same folder, flushed to disk, then renamed over the
 * target. A symbolic link stays a link (its target is replaced) and permissions are kept.
 */
public final class AtomicFileWriter {
    /** Where a test can make a write fail; production code uses {@link #NONE}. */
    public interface Faults {
        void at(Stage stage) throws IOException;
    }

    public enum Stage { CREATED, WRITTEN, FLUSHED, MOVING }

    public static final Faults NONE = stage -> { };

    /** Content written to a stream, for files too large or too slow to build in memory first (a PDF). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Faults faults;

    public AtomicFileWriter() {
        this(NONE);
    }

    public AtomicFileWriter(Faults faults) {
        this.faults = faults;
    }

    public void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Writes what {@code content} produces; if it throws (or the thread is interrupted and it
     * gives up), the target is left as it was and no temporary file remains.
     */
    public void write(Path target, Content content) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        Path folder = real.getParent();
        Path temp = createTemp(folder, real.getFileName().toString());
        try {
            faults.at(Stage.CREATED);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new UnclosableStream(Channels.newOutputStream(channel)), 1 << 16);
                content.writeTo(out);
                out.flush();
                faults.at(Stage.WRITTEN);
                channel.force(true);
            }
            faults.at(Stage.FLUSHED);
            copyPermissions(real, temp);
            faults.at(Stage.MOVING);
            move(temp, real);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
        syncFolder(folder);
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
                throw new IOException(path + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        return current;
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
            Path temp = folder.resolve("." + name + "." + suffix + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
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
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Best effort: the failure being reported matters more than a leftover temp file.
        }
    }
}
