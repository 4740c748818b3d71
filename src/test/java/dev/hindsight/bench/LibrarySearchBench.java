package dev.hindsight.bench;

import dev.hindsight.library.LibraryFolder;
import dev.hindsight.library.LibraryProgress;
import dev.hindsight.library.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A benchmark JVM for the library window's work: {@code open} reads a library into a fresh
 * cache as the window's first open does (every file read, its text indexed), and {@code search}
 * answers what a user types, letter by letter, in a library opened from its cache. Arguments:
 * operation, library folder, cache folder, warm-ups, runs.
 */
public final class LibrarySearchBench {
    /** Typed one letter at a time: each prefix is one search, as the field sends them. */
    static final List<String> TYPED = List.of("database connection pool", "certificate expired", "checkout timeouts",
            "\"replica lag\"", "runbook -dns");

    private LibrarySearchBench() {
    }

    public static void main(String[] args) throws Exception {
        String operation = args[0];
        Path library = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        int warmups = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        if (operation.equals("open")) {
            int[] round = {0};
            Trial.print(Trial.measure(warmups, runs, () -> {
                Path fresh = Files.createDirectories(cache.resolve("open-" + round[0]++));
                try (LibraryFolder folder = LibraryFolder.open(library, fresh)) {
                    return folder.rescan(LibraryProgress.NONE).reports().size() + " reports read and indexed";
                }
            }));
            return;
        }
        try (LibraryFolder folder = LibraryFolder.open(library, cache)) {
            folder.rescan(LibraryProgress.NONE);
            List<String> queries = TYPED.stream().flatMap(t -> java.util.stream.IntStream.rangeClosed(1, t.length())
                    .mapToObj(n -> t.substring(0, n))).toList();
            int[] next = {0};
            long[] hits = {0};
            Trial.print(Trial.measure(warmups, runs, () -> {
                String typed = queries.get(next[0]++ % queries.size());
                SearchResult result = folder.search(typed, 30);
                hits[0] += result.keys().size();
                return queries.size() + " prefixes of " + TYPED.size() + " searches, " + hits[0] / Math.max(1, next[0])
                        + " hits on average";
            }));
        }
    }
}
