package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.nio.file.Path;

/**
 * Encodes a report for saving and proves, before any byte reaches the disk, that the bytes
 * are a file the reader accepts: within every {@link FormatLimits} (a report that read fine
 * can grow past them once every missing key is written out) and every rule (no year 10000).
 * No save writes a file that Hindsight would then refuse to open.
 */
public final class CheckedEncoder {
    private final ReportEncoder encoder = new ReportEncoder();
    private final ReportReader reader;

    public CheckedEncoder() {
        this(new ReportReader());
    }

    /** Checks against what {@code reader} accepts: the reader every later open uses. */
    public CheckedEncoder(ReportReader reader) {
        this.reader = reader;
    }

    /** The canonical bytes of {@code report}, or a refusal naming what the reader would refuse in them. */
    public byte[] encode(Report report, Path target) throws SaveRefusedException {
        byte[] bytes = encoder.encode(report);
        try {
            reader.read(bytes, target.toString());
        } catch (ReportFormatException e) {
            throw SaveRefusedException.wouldNotOpen(target, e);
        }
        return bytes;
    }
}
