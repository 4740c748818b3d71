package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.format.ReportFormatException.Kind;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads report files. Every way a file can be wrong ends in a {@link ReportFormatException}
 * that names the file, the place and what was expected; nothing else escapes.
 */
public final class ReportReader {
    /** What Java puts in a name for bytes that are not valid in the system's encoding. */
    private static final char UNDECODABLE = '\uFFFD';

    private final FormatLimits limits;
    private final Migrations migrations;

    public ReportReader() {
        this(FormatLimits.DEFAULT);
    }

    public ReportReader(FormatLimits limits) {
        this(limits, Migrations.CURRENT);
    }

    ReportReader(FormatLimits limits, Migrations migrations) {
        this.limits = limits;
        this.migrations = migrations;
    }

    public ReadResult read(Path file) throws ReportFormatException {
        String source = file.toString();
        return read(readBytes(file, source), source);
    }

    /** Reads a report from bytes; {@code source} names them in refusals. */
    public ReadResult read(byte[] bytes, String source) throws ReportFormatException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(source, bytes.length);
        }
        String text = Utf8Text.decode(bytes, source);
        try {
            return read(text, source);
        } catch (ReportFormatException e) {
            throw locate(e, text);
        } catch (RuntimeException e) {
            throw new ReportFormatException(source, null, 0, 0,
                    "could not be read (" + e + "); please report this as a bug", e);
        }
    }

    private ReadResult read(String text, String source) throws ReportFormatException {
        JsonNode tree = new JsonTreeReader(source, limits).read(text);
        Decoding decoding = new Decoding(source);
        ObjectNode root = Envelope.root(tree, decoding);
        int version = Envelope.version(root, decoding);
        if (version > Report.FORMAT_VERSION) {
            decoding.warn(FormatWarning.Kind.NEWER_VERSION, "", "this report was made by a newer version of Hindsight "
                    + "(format version " + version + "); what this version does not understand is kept and saved unchanged");
        }
        int migrated = migrations.upgrade(root, version);
        Report report = new ReportDecoder(decoding).decode(root, migrated);
        return new ReadResult(report, decoding.warnings());
    }

    private static ReportFormatException locate(ReportFormatException e, String text) {
        if (e.line() > 0 || e.path() == null) {
            return e;
        }
        JsonLocation at = LocationFinder.find(text, e.path());
        return at == null ? e : e.at(at.getLineNr(), at.getColumnNr());
    }

    byte[] readBytes(Path file, String source) throws ReportFormatException {
        try {
            if (Files.isDirectory(file)) {
                throw new ReportFormatException(Kind.NOT_READABLE, source, "is a folder, not a report file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe would block the open until someone writes; a device never ends.
                throw new ReportFormatException(Kind.NOT_READABLE, source,
                        "is not a regular file (a device, pipe or socket), not a report file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The size may lie (a file still growing, /proc): never read more than the limit.
                byte[] bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > limits.maxFileBytes()) {
                    throw new ReportFormatException(source, null, 0, 0, "the file holds more than the limit of "
                            + sizeLimit() + " for a report (it grew while being read)");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            if (source.indexOf(UNDECODABLE) >= 0) {
                throw new ReportFormatException(Kind.UNUSABLE_NAME, source, "this name is not valid UTF-8 text ("
                        + UNDECODABLE + " stands where its bytes could not be read), so Java cannot open the file; "
                        + "rename it to a UTF-8 name (for example with a shell pattern: mv *.json new-name.json)");
            }
            throw new ReportFormatException(Kind.NO_SUCH_FILE, source, "no such file");
        } catch (AccessDeniedException e) {
            throw new ReportFormatException(Kind.NOT_READABLE, source, "permission denied: the file cannot be read");
        } catch (IOException e) {
            throw new ReportFormatException(Kind.NOT_READABLE, source, "could not be read: " + IoMessages.describe(e));
        }
    }

    private ReportFormatException tooLarge(String source, long size) {
        return new ReportFormatException(source, null, 0, 0, String.format(Locale.ROOT,
                "the file is %,d bytes, larger than the limit of %s for a report", size, sizeLimit()));
    }

    /** {@code 67,108,864 bytes (64 MiB)}: the limit in bytes, and in MiB when it is at least one. */
    private String sizeLimit() {
        long mib = limits.maxFileBytes() / (1024 * 1024);
        return String.format(Locale.ROOT, "%,d bytes", limits.maxFileBytes()) + (mib > 0 ? " (" + mib + " MiB)" : "");
    }
}
