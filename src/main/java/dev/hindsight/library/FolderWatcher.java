package dev.hindsight.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Tells when files change under a library's folder (a save, a {@code git pull}), once things
 * have been quiet for a moment, so the library rescans without a restart. Used where the
 * platform's file watching is reliable (Linux's inotify, Windows); on macOS the JDK only polls
 * every few seconds, so there the window rescans when it regains focus instead. Hidden folders
 * are not watched. A watcher that cannot start (too many folders for the system's limit) says so
 * and leaves the rescans on focus to do the work.
 */
public final class FolderWatcher implements Closeable {
    private static final System.Logger LOG = System.getLogger(FolderWatcher.class.getName());

    private final Path root;
    private final Runnable changed;
    private final long quietMillis;
    private final WatchService service;
    private final Thread thread;

    private FolderWatcher(Path root, Runnable changed, long quietMillis) throws IOException {
        this.root = root;
        this.changed = changed;
        this.quietMillis = quietMillis;
        this.service = FileSystems.getDefault().newWatchService();
        try {
            registerTree(root);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        thread = new Thread(this::watch, "hindsight-library-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether this platform's file watching is worth using (not the JDK's polling on macOS). */
    public static boolean isReliableHere() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") || os.startsWith("windows");
    }

    /**
     * Watches {@code root}; {@code changed} runs on the watcher's thread after files changed and
     * {@code quietMillis} passed without more changes.
     *
     * @throws IOException when the folder cannot be watched
     */
    public static FolderWatcher start(Path root, Runnable changed, long quietMillis) throws IOException {
        return new FolderWatcher(root, changed, quietMillis);
    }

    private void registerTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = handle(key);
                // Wait until the changes stop (a git pull writes many files), then tell once.
                for (WatchKey more; (more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null; ) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the window went away
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "watching " + root + " stopped: " + e);
        }
    }

    /** Takes the events of a key; new folders are watched too. Whether any may concern a report. */
    private boolean handle(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            String name = child.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "cannot watch " + child + ": " + e);
                }
                relevant = true;
            } else if (name.endsWith(ReportFinder.SUFFIX) || event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
