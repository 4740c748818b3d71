package dev.hindsight.recovery;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one recovery entry: {@code ID.postmortem.json}, the report in the normal
 * canonical format, and {@code ID.recovery.json}, what the report alone cannot say (the
 * original file, what it was when the edits began, when the user last typed).
 */
final class RecoveryFiles {
    static final int FORMAT = 1;
    private static final String REPORT = ".postmortem.json";
    private static final String META = ".recovery.json";
    private static final Pattern REPORT_NAME = Pattern.compile("([A-Za-z0-9_-]{1,64})" + Pattern.quote(REPORT));
    private static final long MAX_META_BYTES = 1024 * 1024;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10).build()).build();
    /** Trees only: no data binding to classes, so no typing a file could steer. */
    private static final ObjectMapper TREES = new ObjectMapper(JSON);

    private RecoveryFiles() {
    }

    static Path report(Path folder, String id) {
        return folder.resolve(id + REPORT);
    }

    static Path meta(Path folder, String id) {
        return folder.resolve(id + META);
    }

    static boolean isValidId(String id) {
        return id != null && REPORT_NAME.matcher(id + REPORT).matches();
    }

    /** The ids of the entries in a session folder, in name order. */
    static List<String> ids(Path folder) throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + REPORT)) {
            for (Path file : files) {
                Matcher m = REPORT_NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    ids.add(m.group(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    static byte[] meta(Path originalFile, FileFingerprint basedOn, Instant lastChange) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeNumberField("recoveryFormat", FORMAT);
            gen.writeStringField("originalFile", originalFile == null ? null : originalFile.toAbsolutePath().toString());
            if (basedOn != null) {
                gen.writeObjectFieldStart("basedOn");
                gen.writeNumberField("size", basedOn.size());
                gen.writeStringField("modified", basedOn.modified().toString());
                gen.writeStringField("sha256", basedOn.sha256());
                gen.writeEndObject();
            }
            gen.writeStringField("lastChange", lastChange.toString());
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** The entry {@code id} of a session folder, read as far as it can be. */
    static RecoveredReport read(Path folder, String id, ReportReader reader) throws IOException {
        Path reportFile = report(folder, id);
        Report report = null;
        String problem = null;
        try {
            report = reader.read(reportFile).report();
        } catch (ReportFormatException e) {
            problem = e.getMessage();
        }
        Path original = null;
        FileFingerprint basedOn = null;
        Instant lastChange = Files.getLastModifiedTime(reportFile).toInstant();
        JsonNode meta = readMeta(meta(folder, id));
        if (meta != null) {
            original = meta.path("originalFile").isTextual() ? Path.of(meta.path("originalFile").textValue()) : null;
            basedOn = fingerprint(meta.path("basedOn"));
            lastChange = instant(meta.path("lastChange"), lastChange);
        }
        return new RecoveredReport(folder, id, report, problem, original, basedOn, lastChange);
    }

    /** The metadata, or null when it is missing (a crash between the two writes of a first autosave) or unreadable. */
    private static JsonNode readMeta(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_META_BYTES) {
                return null;
            }
            JsonNode tree = TREES.readTree(Files.readAllBytes(file));
            return tree != null && tree.isObject() && tree.path("recoveryFormat").canConvertToInt() ? tree : null;
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(RecoveryFiles.class.getName()).log(Level.WARNING,
                    "a recovery copy's metadata cannot be read: " + file, e);
            return null;
        }
    }

    private static FileFingerprint fingerprint(JsonNode node) {
        try {
            if (node.path("size").canConvertToLong() && node.path("modified").isTextual()
                    && node.path("sha256").isTextual()) {
                return FileFingerprint.of(node.path("size").longValue(), Instant.parse(node.path("modified").textValue()),
                        node.path("sha256").textValue());
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // a damaged fingerprint only costs the warning that the original changed
            Logger.getLogger(RecoveryFiles.class.getName()).log(Level.WARNING,
                    "a recovery copy's fingerprint is damaged", e);
        }
        return null;
    }

    private static Instant instant(JsonNode node, Instant fallback) {
        try {
            return node.isTextual() ? Instant.parse(node.textValue()) : fallback;
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /** Deletes an entry's files, and any temporary file a killed autosave of it left. */
    static void deleteEntry(Path dir, String id) throws IOException {
        Files.deleteIfExists(report(dir, id));
        Files.deleteIfExists(meta(dir, id));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "." + id + ".*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Removes a session folder whose lock this process holds: its last files, then the lock, then the folder. */
    static void removeFolder(Path dir, SessionLock held) throws IOException {
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir,
                p -> !p.getFileName().toString().equals(SessionLock.FILE_NAME))) {
            for (Path file : rest) {
                Files.deleteIfExists(file);
            }
        }
        held.close();
        try {
            Files.deleteIfExists(dir.resolve(SessionLock.FILE_NAME));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Another instance opened the lock in between; it finds the session empty and removes it.
            Logger.getLogger(RecoveryFiles.class.getName()).log(Level.INFO,
                    "a recovery folder was left to another instance: " + dir, e);
        }
    }
}
