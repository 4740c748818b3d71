package dev.hindsight.recovery;

import dev.hindsight.format.FileFingerprint;
import dev.hindsight.model.Report;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An unsaved report found in the recovery folder of an instance that did not close cleanly
 * (a crash, a kill, a dead battery), to offer for restoring, saving elsewhere or discarding.
 * When its recovery file cannot be read, {@link #report()} is null and {@link #problem()} says why.
 */
public final class RecoveredReport {
    private final Path folder;
    private final String documentId;
    private final Report report;
    private final String problem;
    private final Path originalFile;
    private final FileFingerprint basedOn;
    private final Instant lastChange;

    RecoveredReport(Path folder, String documentId, Report report, String problem, Path originalFile,
                    FileFingerprint basedOn, Instant lastChange) {
        this.folder = folder;
        this.documentId = documentId;
        this.report = report;
        this.problem = problem;
        this.originalFile = originalFile;
        this.basedOn = basedOn;
        this.lastChange = lastChange;
    }

    /** The report's title as typed (may be blank for an untitled report), or "" when unreadable. */
    public String title() {
        return report == null ? "" : report.title();
    }

    /** The report as it was last autosaved, or null when the recovery file cannot be read. */
    public Report report() {
        return report;
    }

    /** Why the recovery file cannot be read, or null. */
    public String problem() {
        return problem;
    }

    /** The file the report was opened from or saved to, or null for a report never saved. */
    public Path originalFile() {
        return originalFile;
    }

    /** What {@link #originalFile()} was when the user began these changes, or null: to warn if it changed since. */
    public FileFingerprint basedOn() {
        return basedOn;
    }

    /** When the user last changed the report. */
    public Instant lastChange() {
        return lastChange;
    }

    /** The recovery copy itself: a canonical report file any Hindsight can open. */
    public Path recoveryFile() {
        return RecoveryFiles.report(folder, documentId);
    }

    Path folder() {
        return folder;
    }

    String documentId() {
        return documentId;
    }

    @Override
    public String toString() {
        return "RecoveredReport[" + (report == null ? problem : "\"" + title() + "\"") + ", " + originalFile + ", "
                + lastChange + "]";
    }
}
