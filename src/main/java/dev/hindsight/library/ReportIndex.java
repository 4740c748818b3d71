package dev.hindsight.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one library, which is also its cache: one Lucene document per file, with
 * the file's key, stamp and digest (or refusal) as doc values, read back in one pass without
 * touching the text, and the report's title and text, stored for highlighting. On disk it lives in the
 * cache folder and is owned by one process at a time (Lucene's write lock); in memory it serves
 * a library whose cache cannot be used. Decision record 0013.
 */
final class ReportIndex implements Closeable {
    /** Raise when the documents change shape: an index of another version is rebuilt. */
    static final String VERSION = "1";
    static final String KEY = "key";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** The key again as a doc value, read for each hit of a search without decompressing any text. */
    static final String PATH = "path";
    private static final String STAMP = "stamp";
    private static final String ENTRY = "entry";
    private static final String VERSION_KEY = "hindsight.library";

    /** Searched text, stored with its offsets so that highlighting need not analyse it again. */
    private static final FieldType SEARCHED = searched();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ReportIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(new LibraryAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, config);
            if (!VERSION.equals(committedVersion(opened))) {
                opened.deleteAll();
            }
            searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            directory.close();
            throw e;
        }
        this.writer = opened;
    }

    private static FieldType searched() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * The index in {@code folder}, created if missing and rebuilt if damaged or of another version.
     *
     * @throws org.apache.lucene.store.LockObtainFailedException when another process (or window) owns it
     * @throws IOException when the folder cannot be used at all
     */
    static ReportIndex onDisk(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return new ReportIndex(FSDirectory.open(folder));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw e;
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException e) {
            // A cache: what is damaged or foreign is thrown away and built again from the files.
            System.getLogger(ReportIndex.class.getName()).log(System.Logger.Level.WARNING,
                    "the library index in " + folder + " is rebuilt: " + e.getMessage());
            FSDirectory dir = FSDirectory.open(folder);
            try (IndexWriter wipe = new IndexWriter(dir, new IndexWriterConfig(new LibraryAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                wipe.commit();
            }
            return new ReportIndex(dir);
        }
    }

    /** An index in memory, for a library whose cache folder is unusable or in use by another process. */
    static ReportIndex inMemory() {
        try {
            return new ReportIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The entries of the last commit of the index in {@code folder}, read without taking it (another
     * process owns it); empty when there is none or it cannot be read.
     */
    static Map<String, CachedEntry> readCommitted(Path folder) {
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                if (!VERSION.equals(reader.getIndexCommit().getUserData().get(VERSION_KEY))) {
                    return Map.of();
                }
                return entries(reader);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static String committedVersion(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return null;
        }
        for (Map.Entry<String, String> e : data) {
            if (e.getKey().equals(VERSION_KEY)) {
                return e.getValue();
            }
        }
        return writer.getDocStats().maxDoc == 0 ? VERSION : null;
    }

    /** Every entry of the index as it is now, by key. */
    Map<String, CachedEntry> entries() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return entries(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }

    private static Map<String, CachedEntry> entries(IndexReader reader) throws IOException {
        Map<String, CachedEntry> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues stamps = leaf.reader().getBinaryDocValues(STAMP);
            BinaryDocValues entries = leaf.reader().getBinaryDocValues(ENTRY);
            if (stamps == null || entries == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc) || !stamps.advanceExact(doc) || !entries.advanceExact(doc)) {
                    continue;
                }
                String entry = text(entries.binaryValue());
                int end = entry.indexOf('\0');
                CachedEntry cached = end < 1 ? null : decode(text(stamps.binaryValue()), entry.charAt(0),
                        entry.substring(end + 1));
                if (cached != null) {
                    out.put(entry.substring(1, end), cached);
                }
            }
        }
        return out;
    }

    private static CachedEntry decode(String stamp, char kind, String payload) {
        FileStamp s = FileStamp.decode(stamp);
        if (s == null) {
            return null;
        }
        if (kind == 'R') {
            return new CachedEntry(s, null, payload);
        }
        try {
            return new CachedEntry(s, DigestCodec.read(payload), null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
    }

    /** Adds or replaces the document of a report. */
    void putReport(String key, FileStamp stamp, ReportDigest digest, ReportText text) throws IOException {
        Document doc = base(key, stamp, 'D', DigestCodec.write(digest));
        doc.add(new Field(TITLE, text.title(), SEARCHED));
        doc.add(new Field(BODY, text.body(), SEARCHED));
        writer.updateDocument(new Term(KEY, key), doc);
    }

    /** Adds or replaces the document of a refused file (no text: it is not searched). */
    void putRefusal(String key, FileStamp stamp, String refusal) throws IOException {
        writer.updateDocument(new Term(KEY, key), base(key, stamp, 'R', refusal));
    }

    /** Records that a file was seen again with the same content (a touch): only its stamp changes. */
    void restamp(String key, FileStamp stamp) throws IOException {
        writer.updateBinaryDocValue(new Term(KEY, key), STAMP, bytes(stamp.encode()));
    }

    void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(KEY, key));
    }

    /** The key and either kind: the key travels in the entry's doc value so that reading them all never decompresses text. */
    private static Document base(String key, FileStamp stamp, char kind, String payload) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new BinaryDocValuesField(PATH, bytes(key)));
        doc.add(new BinaryDocValuesField(STAMP, bytes(stamp.encode())));
        doc.add(new BinaryDocValuesField(ENTRY, bytes(kind + key + "\0" + payload)));
        return doc;
    }

    private static BytesRef bytes(String text) {
        return new BytesRef(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes the changes durable (on disk) and visible to search. */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(VERSION_KEY, VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The searcher of the latest commit; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
