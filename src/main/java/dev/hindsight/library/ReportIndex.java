package dev.hindsight.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one library: one Lucene document per report, its title and text stored
 * with their offsets for highlighting, and its key as a doc value so that a hit's file is known
 * without decompressing any text. On disk it lives in the library's cache folder and belongs to
 * one process at a time (Lucene's write lock, which also guards {@link EntryStore}); in memory it
 * serves a library whose cache cannot be used. Each index has an id, kept in its commits, that
 * tells the entry store's readers which index their searchable entries are in. Decision record 0013.
 */
final class ReportIndex implements IndexSink, Closeable {
    /** Raise when the documents change shape: an index of another version is rebuilt. */
    static final String VERSION = "3";
    static final String KEY = "key";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** The key again as a doc value, read for each hit of a search without decompressing any text. */
    static final String PATH = "path";
    private static final String VERSION_KEY = "hindsight.library";
    private static final String ID_KEY = "hindsight.index";
    static {
        LuceneLogging.quiet();
    }

    /** Searched text, stored with its offsets so that highlighting need not analyse it again. */
    private static final FieldType SEARCHED = searched();

    private final Directory directory;
    private final IndexWriter writer;
    private final String id;
    private SearcherManager searchers;

    private ReportIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(new LibraryAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32)
                .setUseCompoundFile(false);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, config);
            Map<String, String> data = commitData(opened);
            if (!VERSION.equals(data.get(VERSION_KEY)) || data.get(ID_KEY) == null) {
                opened.deleteAll();
                id = UUID.randomUUID().toString();
                opened.setLiveCommitData(Map.of(VERSION_KEY, VERSION, ID_KEY, id).entrySet());
            } else {
                id = data.get(ID_KEY);
            }
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
     * @throws LockObtainFailedException when another process (or window) owns it
     * @throws IOException when the folder cannot be used at all
     */
    static ReportIndex onDisk(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return new ReportIndex(FSDirectory.open(folder));
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            // A cache: what is damaged or foreign is thrown away and built again from the files.
            System.getLogger(ReportIndex.class.getName()).log(System.Logger.Level.WARNING,
                    "the library index in " + folder + " is rebuilt: " + e.getMessage());
            wipe(folder);
            return new ReportIndex(FSDirectory.open(folder));
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

    /** Takes the lock of the cache folder without opening the index (to write the entry store alone). */
    static Lock lock(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        try {
            Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            return new Lock() {
                @Override
                public void close() throws IOException {
                    try {
                        lock.close();
                    } finally {
                        dir.close();
                    }
                }

                @Override
                public void ensureValid() throws IOException {
                    lock.ensureValid();
                }
            };
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Deletes the index files of {@code folder}, holding its lock meanwhile; the other files stay. */
    private static void wipe(Path folder) throws IOException {
        try (Directory dir = FSDirectory.open(folder); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : dir.listAll()) {
                if (!name.equals(IndexWriter.WRITE_LOCK_NAME) && !name.equals(CacheFolders.NOTE)
                        && !name.equals(EntryStore.FILE)) {
                    dir.deleteFile(name);
                }
            }
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> out = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** This index's id: the entry store's searchable entries are in this index only when it names this id. */
    String id() {
        return id;
    }

    /** The keys of every report the index holds text for. */
    Set<String> keys() throws IOException {
        Set<String> keys = new HashSet<>();
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                BinaryDocValues paths = leaf.reader().getBinaryDocValues(PATH);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; paths != null && doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && paths.advanceExact(doc)) {
                        BytesRef b = paths.binaryValue();
                        keys.add(new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            release(searcher);
        }
        return keys;
    }

    /** Adds or replaces the text of a report; without text (null) the report leaves the index. */
    @Override
    public void putReport(String key, FileStamp stamp, ReportDigest digest, ReportText text) throws IOException {
        if (text == null) {
            remove(key);
            return;
        }
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new BinaryDocValuesField(PATH, new BytesRef(key.getBytes(StandardCharsets.UTF_8))));
        doc.add(new Field(TITLE, text.title(), SEARCHED));
        doc.add(new Field(BODY, text.body(), SEARCHED));
        writer.updateDocument(new Term(KEY, key), doc);
    }

    /** A refused file has no text to search: whatever the index held for it goes. */
    @Override
    public void putRefusal(String key, FileStamp stamp, String refusal) throws IOException {
        remove(key);
    }

    /** The stamps live in the entry store; the text of a touched file is unchanged. */
    @Override
    public void restamp(String key, FileStamp stamp) {
    }

    @Override
    public void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(KEY, key));
    }

    /** Makes the changes durable (on disk) and visible to search. */
    void commit() throws IOException {
        writer.commit();
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    /** The searcher of the latest changes; give it back with {@link #release}. Opened on first use. */
    synchronized IndexSearcher acquire() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(writer, null);
        }
        searchers.maybeRefreshBlocking();
        return searchers.acquire();
    }

    synchronized void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            writer.close();
        } finally {
            directory.close();
        }
    }
}
