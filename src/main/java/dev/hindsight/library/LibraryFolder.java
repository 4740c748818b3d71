package dev.hindsight.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One folder open as a library in the window: its search index and entry store (in the cache
 * folder when this process can own them, else the index in memory), the library as last scanned,
 * rescans by fingerprint and search. Thread-safe: scans and searches run in the background, one
 * scan at a time.
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
    private final Path cache;
    private final ReportIndex index;
    private final CacheState state;
    private volatile Library current = Library.empty();
    private boolean scanned;

    private LibraryFolder(Path folder, Path cache, ReportIndex index, CacheState state) {
        this.folder = folder;
        this.cache = cache;
        this.index = index;
        this.state = state;
    }

    /** Opens {@code folder}'s library, its index under {@code cacheRoot} (null: in memory); scan it next. */
    public static LibraryFolder open(Path folder, Path cacheRoot) {
        if (cacheRoot != null) {
            try {
                Path cache = CacheFolders.of(cacheRoot, folder);
                return new LibraryFolder(folder, cache, ReportIndex.onDisk(cache), CacheState.ON_DISK);
            } catch (LockObtainFailedException e) {
                LOG.log(System.Logger.Level.INFO, "the index of " + folder + " is in use by another process: in memory");
                return new LibraryFolder(folder, null, ReportIndex.inMemory(), CacheState.IN_USE_ELSEWHERE);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the index of " + folder + " cannot be kept in the cache: " + e);
            }
        }
        return new LibraryFolder(folder, null, ReportIndex.inMemory(), CacheState.UNAVAILABLE);
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
        Map<String, CachedEntry> known = scanned ? current.known() : stored(found);
        Rescan rescan = new Rescan(true);
        List<LibraryEntry> entries = rescan.run(found.files(), known, index, progress);
        Library scan = new Library(entries, found.refused(), rescan.parsed());
        index.commit();
        if (cache != null && (!scanned || rescan.changes() > 0)) {
            try {
                EntryStore.write(cache, scan.known(), index.id());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the entries of " + folder + " could not be cached: " + e);
            }
        }
        scanned = true;
        current = scan;
        return scan;
    }

    /**
     * What the cache knew before the first scan: the stored entries, searchable only if the index
     * they name is this one; and the index loses the text of files no longer there.
     */
    private Map<String, CachedEntry> stored(ReportFinder.Found found) throws IOException {
        if (cache == null) {
            return Map.of();
        }
        EntryStore.Contents contents = EntryStore.read(cache);
        boolean same = index.id().equals(contents.indexId());
        Map<String, CachedEntry> known = new HashMap<>();
        contents.entries().forEach((key, e) -> known.put(key, same ? e
                : new CachedEntry(e.stamp(), e.digest(), e.refusal(), e.digest() == null)));
        Set<String> indexed = index.keys();
        found.files().forEach(f -> indexed.remove(f.key()));
        for (String gone : indexed) {
            index.remove(gone);
        }
        return known;
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
