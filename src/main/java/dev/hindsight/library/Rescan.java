package dev.hindsight.library;

import dev.hindsight.format.FormatLimits;
import dev.hindsight.format.IoMessages;
import dev.hindsight.format.ReadResult;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the entries of one root up to date with the files on disk: a file whose stamp proves
 * it unchanged keeps its cached entry, any other is read (on several threads), and what was read
 * goes into the index when there is one. Files gone from disk leave the index.
 */
final class Rescan {
    /** Files above this size are read alone, so that two hostile files never share the heap. */
    private static final long LARGE = 8L * 1024 * 1024;

    private final ReportReader reader = new ReportReader();
    private final long maxBytes = FormatLimits.DEFAULT.maxFileBytes();
    private final int threads;
    private final Semaphore memory;
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger changes = new AtomicInteger();

    private final boolean withText;

    /** @param withText whether the index must hold each report's text (the window) or its digest will do (the command line) */
    Rescan(boolean withText) {
        this.withText = withText;
        this.threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.memory = new Semaphore(threads);
    }

    /**
     * @param known what the cache or the previous scan knows, by key
     * @param index where to record what was read (and what is gone), or null
     */
    List<LibraryEntry> run(List<FoundFile> files, Map<String, CachedEntry> known, IndexSink index,
                           LibraryProgress progress) throws IOException {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hindsight-library-read");
            t.setDaemon(true);
            return t;
        });
        try {
            // Most files are proven unchanged by their attributes alone: only the others go to the pool.
            LibraryEntry[] entries = new LibraryEntry[files.size()];
            List<Future<LibraryEntry>> pending = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                FoundFile file = files.get(i);
                CachedEntry cached = known.get(file.key());
                BasicFileAttributes attributes = file.attributes();
                if (cached != null && attributes != null && cached.serves(withText)
                        && cached.stamp().provesUnchanged(attributes)) {
                    entries[i] = fromCache(file, cached.stamp(), cached);
                    progress.update(done.incrementAndGet(), files.size());
                    continue;
                }
                slots.add(i);
                pending.add(pool.submit(() -> {
                    LibraryEntry entry = entry(file, cached, index);
                    progress.update(done.incrementAndGet(), files.size());
                    return entry;
                }));
            }
            for (int i = 0; i < pending.size(); i++) {
                entries[slots.get(i)] = pending.get(i).get();
            }
            Set<String> present = new HashSet<>();
            files.forEach(f -> present.add(f.key()));
            for (String key : known.keySet()) {
                if (!present.contains(key)) {
                    changes.incrementAndGet();
                    if (index != null) {
                        index.remove(key);
                    }
                }
            }
            return List.of(entries);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the scan of the library was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("the library could not be scanned: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private LibraryEntry entry(FoundFile file, CachedEntry cached, IndexSink index) throws IOException {
        Path path = file.file();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return refuse(file, new FileStamp(-1, 0, "", now()), "could not be read: " + IoMessages.describe(e), index);
        }
        if (cached != null && cached.serves(withText) && cached.stamp().provesUnchanged(attributes)) {
            return fromCache(file, cached.stamp(), cached);
        }
        if (attributes.size() > maxBytes || !attributes.isRegularFile()) {
            FileStamp stamp = new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis(), "", now());
            changes.incrementAndGet();
            return refuse(file, stamp, refusal(path, null), index);
        }
        boolean large = attributes.size() > LARGE;
        memory.acquireUninterruptibly(large ? threads : 1);
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            } catch (IOException e) {
                return refuse(file, new FileStamp(-1, 0, "", now()), "could not be read: " + IoMessages.describe(e),
                        index);
            }
            FileStamp stamp = FileStamp.of(attributes, bytes, now());
            if (cached != null && cached.serves(withText) && cached.stamp().sha256().equals(stamp.sha256())) {
                changes.incrementAndGet();
                if (index != null) {
                    index.restamp(file.key(), stamp);
                }
                return fromCache(file, stamp, cached);
            }
            return read(file, stamp, bytes, index);
        } finally {
            memory.release(large ? threads : 1);
        }
    }

    private LibraryEntry read(FoundFile file, FileStamp stamp, byte[] bytes, IndexSink index) throws IOException {
        parsed.incrementAndGet();
        changes.incrementAndGet();
        ReadResult result;
        try {
            result = reader.read(bytes, file.file().toString());
        } catch (ReportFormatException e) {
            return refuse(file, stamp, refusal(file.file(), e), index);
        }
        ReportDigest digest = Digests.of(result.report());
        if (index != null) {
            index.putReport(file.key(), stamp, digest, withText ? ReportText.of(result.report()) : null);
        }
        return new LibraryEntry(file, stamp, digest, null);
    }

    private LibraryEntry refuse(FoundFile file, FileStamp stamp, String why, IndexSink index) throws IOException {
        if (index != null && stamp.size() >= 0) {
            index.putRefusal(file.key(), stamp, why);
        }
        return new LibraryEntry(file, stamp, null, why);
    }

    private static LibraryEntry fromCache(FoundFile file, FileStamp stamp, CachedEntry cached) {
        return new LibraryEntry(file, stamp, cached.digest(), cached.refusal());
    }

    /** The reader's words for a refused file, without the file's name (the list names it). */
    private String refusal(Path path, ReportFormatException given) {
        ReportFormatException e = given;
        if (e == null) {
            try {
                reader.read(path);
                return "could not be read";
            } catch (ReportFormatException refused) {
                e = refused;
            }
        }
        String message = e.getMessage();
        String prefix = e.source() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** How many files this rescan has read and parsed so far (not those its cache answered for). */
    int parsed() {
        return parsed.get();
    }

    /** How many entries differ from what the cache knew: files read, files touched, files gone. */
    int changes() {
        return changes.get();
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
