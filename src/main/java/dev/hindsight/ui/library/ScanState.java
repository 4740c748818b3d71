package dev.hindsight.ui.library;

import dev.hindsight.library.Library;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Whether a scan runs, whether another was asked for meanwhile, and what the last one did, in words. */
public final class ScanState {
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Reading the library\u2026");
    private final ReadOnlyStringWrapper emptyTable = new ReadOnlyStringWrapper();
    private final Path folder;
    private boolean running;
    private boolean again;
    private long endedAt;

    ScanState(Path folder) {
        this.folder = folder;
        emptyTable.set("Reading the reports in " + folder + "\u2026");
    }

    /** Starts a scan unless one runs; then it is remembered to run once more after it. */
    boolean start() {
        if (running) {
            again = true;
            return false;
        }
        running = true;
        return true;
    }

    void finished(Library scan) {
        running = false;
        endedAt = System.nanoTime();
        String at = LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss", java.util.Locale.ROOT));
        summary.set(scan.parsed() == 0 ? "Checked at " + at + ": nothing changed on disk"
                : "Read at " + at + ": " + scan.parsed() + (scan.parsed() == 1 ? " file" : " files")
                + " new or changed, the rest from the cache");
        emptyTable.set(scan.reports().isEmpty()
                ? "No reports in " + folder + ": a library is every file named *.postmortem.json under the folder,"
                    + " hidden folders skipped."
                : "No report matches. Clear the filters or the search to see every report.");
    }

    void failed(Throwable failure) {
        running = false;
        endedAt = System.nanoTime();
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        summary.set("The folder could not be read: " + cause.getMessage());
        if (emptyTable.get().startsWith("Reading")) {
            emptyTable.set(summary.get());
        }
    }

    /** Whether a scan was asked for while the last one ran (and clears the request). */
    boolean again() {
        boolean was = again;
        again = false;
        return was;
    }

    /** How long ago the last scan ended (a very long time before the first). */
    long endedMillisAgo() {
        return endedAt == 0 ? Long.MAX_VALUE : (System.nanoTime() - endedAt) / 1_000_000;
    }

    public boolean isRunning() {
        return running;
    }

    /** What the table says when it has no row: reading, a folder without reports, or nothing matches. */
    public ReadOnlyStringProperty emptyTable() {
        return emptyTable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
