package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

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
     * Saves {@code report} to {@code file} and returns what was written, stamped by the
     * {@link SaveStamps} rules against {@code baseline} (the report as last read or saved, or null).
     */
    public Report save(Report report, Report baseline, Path file) throws IOException {
        Report stamped = SaveStamps.stamp(report, baseline, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        writer.write(file, encoder.encode(stamped));
        return stamped;
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
