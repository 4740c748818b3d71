package dev.hindsight.library;

import dev.hindsight.format.AtomicFileWriter;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The cache's list of entries ({@code entries.bin} in the library's cache folder): for each file,
 * its stamp and its digest or refusal, in one plain file that {@code hindsight stats} reads in a
 * blink, without starting the search engine. {@code indexId} names the search index whose text
 * matches the entries marked searchable; written only by the process that owns the folder's lock,
 * replaced atomically. A file it cannot read is an empty cache: the reports are read again.
 */
final class EntryStore {
    static final String FILE = "entries.bin";
    private static final int MAGIC = 0x48534C42;
    private static final int FORM = 1;
    private static final byte REPORT = 'D';
    private static final byte REFUSED = 'R';

    /** The entries and the search index their text is in (null when none is). */
    record Contents(Map<String, CachedEntry> entries, String indexId) {
        static final Contents EMPTY = new Contents(Map.of(), null);
    }

    private EntryStore() {
    }

    static Contents read(Path folder) {
        try (InputStream file = Files.newInputStream(folder.resolve(FILE));
             DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORM) {
                return Contents.EMPTY;
            }
            String indexId = in.readBoolean() ? in.readUTF() : null;
            int count = in.readInt();
            Map<String, CachedEntry> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readUTF(), in.readLong());
                byte kind = in.readByte();
                boolean searchable = in.readBoolean();
                byte[] payload = new byte[in.readInt()];
                in.readFully(payload);
                entries.put(key, kind == REFUSED
                        ? new CachedEntry(stamp, null, new String(payload, StandardCharsets.UTF_8), true)
                        : new CachedEntry(stamp, DigestCodec.read(payload, 0, payload.length), null, searchable));
            }
            return new Contents(entries, indexId);
        } catch (IOException | RuntimeException e) {
            // Missing, cut short or damaged: a cache that is not there.
            return Contents.EMPTY;
        }
    }

    static void write(Path folder, Map<String, CachedEntry> entries, String indexId) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 1024 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORM);
            out.writeBoolean(indexId != null);
            if (indexId != null) {
                out.writeUTF(indexId);
            }
            out.writeInt(entries.size());
            for (Map.Entry<String, CachedEntry> e : entries.entrySet()) {
                CachedEntry c = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(c.stamp().size());
                out.writeLong(c.stamp().modifiedMillis());
                out.writeUTF(c.stamp().sha256());
                out.writeLong(c.stamp().takenMillis());
                out.writeByte(c.digest() == null ? REFUSED : REPORT);
                out.writeBoolean(c.searchable());
                byte[] payload = c.digest() == null ? c.refusal().getBytes(StandardCharsets.UTF_8)
                        : DigestCodec.write(c.digest());
                out.writeInt(payload.length);
                out.write(payload);
            }
        }
        new AtomicFileWriter().write(folder.resolve(FILE), bytes.toByteArray());
    }
}
