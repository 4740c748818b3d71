package dev.hindsight.format;

import dev.hindsight.model.Report;

/** A save: the report as written (stamped) and the file's fingerprint right after it. */
public record SavedReport(Report report, FileFingerprint fingerprint) {
}
