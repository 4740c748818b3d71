package dev.hindsight.export;

import java.io.InterruptedIOException;

/**
 * Told how far an export has got, from 0 to 1, on the exporting thread. To cancel, interrupt
 * that thread: the exporter then stops with an {@link InterruptedIOException}.
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = fraction -> { };

    void update(double fraction);

    /** Stops the export when its thread was interrupted; exporters call it between pieces of work. */
    static void checkCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("export cancelled");
        }
    }
}
