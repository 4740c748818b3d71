package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;

/** Opening and saving report files: the reader, the canonical writer and the atomic replace together. */
public final class ReportFiles {
    private final ReportReader reader;
    private final ReportEncoder encoder = new ReportEncoder();
    private final AtomicFileWriter writer;
    private final Clock clock;

    public ReportFiles() {
        this(new ReportReader(), new AtomicFileWriter(), Clock.systemUTC());
    }

    public ReportFiles(ReportReader reader, AtomicFileWriter writer, Clock clock) {
        this.reader = reader;
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
     */
    public Report save(Report report, Report baseline, Path file) throws IOException {
        long start = System.nanoTime();
        Report stamped = stamp(report, baseline);
        byte[] bytes = encoder.encode(stamped);
        writer.write(file, bytes);
        log("saved", file, bytes.length, start);
        return stamped;
    }

    /**
     * Saves like {@link #save} and fingerprints what was written. Before saving over a file
     * it opened, the caller asks the previous fingerprint whether the file
     * {@linkplain FileFingerprint#changedOnDisk changed on disk} and lets the user choose.
     */
    public SavedReport saveTracked(Report report, Report baseline, Path file) throws IOException {
        long start = System.nanoTime();
        Report stamped = stamp(report, baseline);
        byte[] bytes = encoder.encode(stamped);
        writer.write(file, bytes);
        log("saved", file, bytes.length, start);
        return new SavedReport(stamped, FileFingerprint.ofOrContent(file, bytes));
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
     * even {@code updatedAt}). Returns false when it already was canonical and was left alone.
     */
    public boolean format(Path file) throws ReportFormatException, IOException {
        String source = file.toString();
        byte[] original = reader.readBytes(file, source);
        byte[] canonical = encoder.encode(reader.read(original, source).report());
        if (Arrays.equals(original, canonical)) {
            return false;
        }
        writer.write(file, canonical);
        return true;
    }
}
