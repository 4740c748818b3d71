package dev.hindsight.format;

import dev.hindsight.model.Report;

/**
 * The rule for the {@code formatVersion} a writer writes: never lower than the version the
 * file had, and 2 when a version-2 key holds something other than its default. An unchanged
 * version-1 file therefore keeps its bytes, and a colleague on version 1 sees no warning.
 */
public final class FormatVersions {
    private FormatVersions() {
    }

    public static int written(Report report) {
        return Math.max(report.formatVersion(), report.usesVersion2() ? 2 : 1);
    }

    /** The report with the version it is written with, which is what the file then has. */
    public static Report settled(Report report) {
        int written = written(report);
        return written == report.formatVersion() ? report : report.withFormatVersion(written);
    }
}
