package dev.hindsight.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Reads the reports under the paths of a command line ({@code hindsight stats PATH...}): each
 * folder through its cache, kept up to date by fingerprint, so a second run reads only what
 * changed; a file named directly is read as it is. The cache's {@link EntryStore} is read without
 * taking its lock and without starting the search engine; what changed is written back only when
 * there is enough of it to be worth rewriting ({@link #WORTH_WRITING}), and not at all when
 * another process owns the folder. When the cache cannot be used at all, every file is read.
 */
public final class LibraryLoader {
    private static final System.Logger LOG = System.getLogger(LibraryLoader.class.getName());
    /** Below this many changes a run reads them again next time rather than rewrite the whole cache. */
    static final int WORTH_WRITING = 32;

    private final Path cacheRoot;

    /** @param cacheRoot the cache folder ({@code AppDirs.cache()}), or null to use no cache */
    public LibraryLoader(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    public Library load(List<Path> paths, LibraryProgress progress) throws IOException {
        Rescan rescan = new Rescan(false);
        List<LibraryEntry> entries = new ArrayList<>();
        List<Refusal> unreadable = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                ReportFinder.Found found = ReportFinder.inFolder(path);
                unreadable.addAll(found.refused());
                List<FoundFile> fresh = found.files().stream().filter(f -> seen.add(identity(f.file()))).toList();
                entries.addAll(folder(rescan, path, fresh, progress));
            } else if (Files.exists(path)) {
                if (seen.add(identity(path))) {
                    FoundFile file = new FoundFile(path.getParent() == null ? Path.of("") : path.getParent(), path,
                            String.valueOf(path.getFileName()));
                    entries.addAll(rescan.run(List.of(file), Map.of(), null, progress));
                }
            } else {
                unreadable.add(new Refusal(path, "no such file or folder"));
            }
        }
        return new Library(entries, unreadable, rescan.parsed());
    }

    private List<LibraryEntry> folder(Rescan rescan, Path root, List<FoundFile> files, LibraryProgress progress) throws IOException {
        if (cacheRoot == null) {
            return rescan.run(files, Map.of(), null, progress);
        }
        Path cache;
        try {
            cache = CacheFolders.of(cacheRoot, root);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no cache for " + root + ": " + e);
            return rescan.run(files, Map.of(), null, progress);
        }
        EntryStore.Contents stored = EntryStore.read(cache);
        List<LibraryEntry> entries = rescan.run(files, stored.entries(), null, progress);
        if (rescan.changes() >= WORTH_WRITING) {
            write(root, cache, entries, stored);
        }
        return entries;
    }

    /**
     * Writes the entries of a scan into the cache, unless another process owns it (or changed it
     * meanwhile) or it cannot be written. An entry stays searchable only if its content is the one
     * the cache had marked searchable: the search index is the window's to update.
     */
    private static void write(Path root, Path cache, List<LibraryEntry> entries, EntryStore.Contents stored) {
        Map<String, CachedEntry> updated = new HashMap<>();
        for (LibraryEntry e : entries) {
            if (e.stamp().size() < 0) {
                continue;
            }
            CachedEntry before = stored.entries().get(e.found().key());
            boolean same = before != null && before.searchable() && before.stamp().sha256().equals(e.stamp().sha256())
                    && !e.stamp().sha256().isEmpty();
            updated.put(e.found().key(), new CachedEntry(e.stamp(), e.digest(), e.refusal(), same));
        }
        try (Lock lock = ReportIndex.lock(cache)) {
            if (!EntryStore.read(cache).equals(stored)) {
                LOG.log(System.Logger.Level.DEBUG, "the cache of " + root + " changed meanwhile: not written");
                return;
            }
            EntryStore.write(cache, updated, stored.indexId());
        } catch (LockObtainFailedException e) {
            LOG.log(System.Logger.Level.DEBUG, "the cache of " + root + " is in use: not written");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the cache of " + root + " could not be written: " + e);
        }
    }

    private static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
