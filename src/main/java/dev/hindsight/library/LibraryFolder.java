package dev.hindsight.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One folder open as a library in the window: its index (in the cache folder when this process
 * can own it, else in memory), the library as last scanned, rescans by fingerprint and search.
 * Thread-safe: scans and searches run in the background, one scan at a time.
 */
public final class LibraryFolder implements Closeable {
    private static final System.Logger LOG = System.getLogger(LibraryFolder.class.getName());

    /** Where the index is, which the window tells the user when it is not the usual place. */
    public enum CacheState {
        /** In the cache folder, kept between runs. */
        ON_DISK,
        /** In memory: another Hindsight owns this library's index; every file is read at open. */
        IN_USE_ELSEWHERE,
        /** In memory: the cache folder cannot be used (read-only, full, damaged beyond repair). */
        UNAVAILABLE
    }

    private final Path folder;
    private final ReportIndex index;
    private final CacheState state;
    private volatile Library current = Library.empty();
    private boolean scanned;

    private LibraryFolder(Path folder, ReportIndex index, CacheState state) {
        this.folder = folder;
        this.index = index;
        this.state = state;
    }

    /** Opens {@code folder}'s library, its index under {@code cacheRoot} (null: in memory); scan it next. */
    public static LibraryFolder open(Path folder, Path cacheRoot) {
        if (cacheRoot == null) {
            return new LibraryFolder(folder, ReportIndex.inMemory(), CacheState.UNAVAILABLE);
        }
        try {
            return new LibraryFolder(folder, ReportIndex.onDisk(CacheFolders.of(cacheRoot, folder)), CacheState.ON_DISK);
        } catch (LockObtainFailedException e) {
            LOG.log(System.Logger.Level.INFO, "the index of " + folder + " is in use by another process: in memory");
            return new LibraryFolder(folder, ReportIndex.inMemory(), CacheState.IN_USE_ELSEWHERE);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the index of " + folder + " cannot be kept in the cache: " + e);
            return new LibraryFolder(folder, ReportIndex.inMemory(), CacheState.UNAVAILABLE);
        }
    }

    public Path folder() {
        return folder;
    }

    public CacheState cacheState() {
        return state;
    }

    /** The library as last scanned (empty before the first scan). */
    public Library current() {
        return current;
    }

    /**
     * Brings the library up to date with the folder: files whose fingerprint proves them
     * unchanged are not read again. The first scan takes what the cache on disk knows.
     */
    public synchronized Library rescan(LibraryProgress progress) throws IOException {
        ReportFinder.Found found = ReportFinder.inFolder(folder);
        var known = scanned ? current.known() : index.entries();
        Rescan rescan = new Rescan();
        List<LibraryEntry> entries = rescan.run(found.files(), known, index, progress);
        index.commit();
        scanned = true;
        current = new Library(entries, found.refused(), rescan.parsed());
        return current;
    }

    /** The reports matching what the user typed, best first, with passages for the first {@code withSnippets}. */
    public SearchResult search(String typed, int withSnippets) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return LibrarySearch.run(searcher, typed, withSnippets);
        } finally {
            index.release(searcher);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        index.close();
    }
}
