package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;

/** Opening and saving report files: the reader, the canonical writer and the atomic replace together. */
public final class ReportFiles {
    private static final int SNIFFED_BYTES = 64 * 1024;

    private final ReportReader reader;
    private final CheckedEncoder encoder;
    private final AtomicFileWriter writer;
    private final Clock clock;

    public ReportFiles() {
        this(new ReportReader(), new AtomicFileWriter(), Clock.systemUTC());
    }

    public ReportFiles(ReportReader reader, AtomicFileWriter writer, Clock clock) {
        this.reader = reader;
        this.encoder = new CheckedEncoder(reader);
        this.writer = writer;
        this.clock = clock;
    }

    public ReadResult open(Path file) throws ReportFormatException {
        return reader.read(file);
    }

    /**
     * Opens {@code file} and fingerprints exactly the bytes read, so that a later
     * {@link FileFingerprint#changedOnDisk} tells whether someone else changed the file since.
     */
    public OpenedReport openTracked(Path file) throws ReportFormatException {
        long start = System.nanoTime();
        String source = file.toString();
        byte[] bytes = reader.readBytes(file, source);
        OpenedReport opened = new OpenedReport(reader.read(bytes, source), FileFingerprint.ofOrContent(file, bytes));
        log("opened", file, bytes.length, start);
        return opened;
    }

    /**
     * Saves {@code report} to {@code file} and returns what was written, stamped by the
     * {@link SaveStamps} rules against {@code baseline} (the report as last read or saved, or null).
     *
     * @throws SaveRefusedException when the file written would be one the reader refuses; nothing is written
     */
    public Report save(Report report, Report baseline, Path file) throws IOException {
        long start = System.nanoTime();
        Report stamped = stamp(report, baseline);
        byte[] bytes = encoder.encode(stamped, file);
        writer.write(file, bytes);
        log("saved", file, bytes.length, start);
        return stamped;
    }

    /**
     * Saves a new report to {@code file}, which must not exist: checked again right before the
     * rename, so an import never replaces a file ({@link java.nio.file.FileAlreadyExistsException}).
     */
    public Report saveNew(Report report, Path file) throws IOException {
        long start = System.nanoTime();
        Report stamped = stamp(report, null);
        byte[] bytes = encoder.encode(stamped, file);
        AtomicFileWriter.BeforeRename absent = () -> {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileAlreadyExistsException(file.toString(), null, "the file already exists");
            }
        };
        absent.check();
        writer.write(file, bytes, absent);
        log("saved", file, bytes.length, start);
        return stamped;
    }

    /** Saves like {@link #save} and fingerprints what was written. */
    public SavedReport saveTracked(Report report, Report baseline, Path file) throws IOException {
        return saveTracked(report, baseline, file, null);
    }

    /**
     * Saves like {@link #save} and fingerprints what was written. With {@code known}, the
     * fingerprint of the file as this application last read or wrote it, the save is refused
     * ({@link SaveRefusedException.Reason#CHANGED_ON_DISK}) when the file changed on disk since,
     * checked right before the rename; the caller then lets the user choose.
     */
    public SavedReport saveTracked(Report report, Report baseline, Path file, FileFingerprint known)
            throws IOException {
        long start = System.nanoTime();
        Report stamped = stamp(report, baseline);
        byte[] bytes = encoder.encode(stamped, file);
        writer.write(file, bytes, known == null ? AtomicFileWriter.NO_CHECK : unchangedSince(known, file));
        log("saved", file, bytes.length, start);
        return new SavedReport(stamped, FileFingerprint.ofOrContent(file, bytes));
    }

    /**
     * Whether {@code file} looks like a report: it starts (within its first 64 KiB) with the
     * envelope {@code "format": "postmortem-report"}. A cheap sniff, for commands that must never
     * write over a report; a file that cannot be read is not one.
     */
    public static boolean isReport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return EnvelopeSniffer.hasEnvelope(in.readNBytes(SNIFFED_BYTES));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static AtomicFileWriter.BeforeRename unchangedSince(FileFingerprint known, Path file) {
        return () -> {
            if (known.changedOnDisk(file)) {
                throw SaveRefusedException.changedOnDisk(file);
            }
        };
    }

    /** The log line of an open or a save: what a maintainer asks first about a slow or failing file. */
    private static void log(String what, Path file, int bytes, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        Logger.getLogger(ReportFiles.class.getName()).info(() -> String.format(Locale.ROOT, "%s %s: %,d bytes in %d ms",
                what, file, bytes, millis));
    }

    /** The report stamped, with the version it is written with: never lower than what the file had. */
    private Report stamp(Report report, Report baseline) {
        Report stamped = SaveStamps.stamp(report, baseline, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (baseline != null && baseline.formatVersion() > stamped.formatVersion()) {
            stamped = stamped.withFormatVersion(baseline.formatVersion());
        }
        return FormatVersions.settled(stamped);
    }

    /**
     * Rewrites a file in canonical form, changing its layout and nothing of its content (not
     * even {@code updatedAt}). Returns what was read (with its warnings) and whether the file
     * was rewritten: not when it already was canonical. Refused ({@link SaveRefusedException})
     * when the canonical form would break a limit of the reader, or when someone else changed
     * the file between the read and the rename: then the file is left as it is.
     */
    public Formatted format(Path file) throws ReportFormatException, IOException {
        String source = file.toString();
        byte[] original = reader.readBytes(file, source);
        FileFingerprint known = FileFingerprint.ofOrContent(file, original);
        ReadResult read = reader.read(original, source);
        byte[] canonical = encoder.encode(read.report(), file);
        if (Arrays.equals(original, canonical)) {
            return new Formatted(read, false);
        }
        writer.write(file, canonical, unchangedSince(known, file));
        return new Formatted(read, true);
    }

    /** What {@link #format} did: the report as read, and whether the file was rewritten. */
    public record Formatted(ReadResult read, boolean rewritten) {
    }
}
