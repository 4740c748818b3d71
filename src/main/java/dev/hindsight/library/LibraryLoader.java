package dev.hindsight.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Reads the reports under the paths of a command line ({@code hindsight stats PATH...}): each
 * folder through its cache, kept up to date by fingerprint, so a second run reads only what
 * changed; a file named directly is read as it is. When another process owns a folder's cache,
 * its last commit is used read-only and nothing is written; when the cache cannot be used at
 * all, every file is read.
 */
public final class LibraryLoader {
    private static final System.Logger LOG = System.getLogger(LibraryLoader.class.getName());

    private final Path cacheRoot;

    /** @param cacheRoot the cache folder ({@code AppDirs.cache()}), or null to use no cache */
    public LibraryLoader(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    public Library load(List<Path> paths, LibraryProgress progress) throws IOException {
        Rescan rescan = new Rescan();
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
        ReportIndex index;
        try {
            index = ReportIndex.onDisk(cache);
        } catch (LockObtainFailedException e) {
            LOG.log(System.Logger.Level.DEBUG, "the cache of " + root + " is in use: read without writing it");
            return rescan.run(files, ReportIndex.readCommitted(cache), null, progress);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the cache of " + root + " cannot be used: " + e);
            return rescan.run(files, Map.of(), null, progress);
        }
        try (index) {
            List<LibraryEntry> entries = rescan.run(files, index.entries(), index, progress);
            index.commit();
            return entries;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the cache of " + root + " could not be written, read without it: "
                    + e);
            return rescan.run(files, Map.of(), null, progress);
        }
    }

    private static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
