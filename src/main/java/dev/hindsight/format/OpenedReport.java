package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.util.List;

/** A report file as opened: what was read, and the file's fingerprint to notice later changes by others. */
public record OpenedReport(ReadResult read, FileFingerprint fingerprint) {
    public Report report() {
        return read.report();
    }

    public List<FormatWarning> warnings() {
        return read.warnings();
    }
}
