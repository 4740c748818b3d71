package dev.hindsight.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import java.util.concurrent.CompletableFuture;

/**
 * Measures start-up for benchmarks and for making class-data-sharing archives: with
 * {@code -Dhindsight.exitWhenShown=true} the application prints the time from JVM start to
 * the first frame of its window showing the report it was given, and the JavaFX thread's CPU time
 * until then, then exits.
 */
final class StartupProbe {
    static final String PROPERTY = "hindsight.exitWhenShown";

    private StartupProbe() {
    }

    /** @param opened the opening of the report named on the command line (done at once when none is) */
    static void afterShown(CompletableFuture<?> opened) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // Once the report is in the window (the reading ends on the JavaFX thread), two pulses later
        // the scene has been laid out and rendered with it at least once.
        opened.whenComplete((done, failed) -> Platform.runLater(() -> Platform.runLater(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // The JavaFX thread's own CPU time so far: what start-up work costs, which other processes
            // on a busy machine inflate much less than the wall time.
            long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.out.println("hindsight: window shown " + millis + " ms after JVM start");
            System.out.println("hindsight: JavaFX thread CPU " + fxCpu + " ms until then");
            Platform.exit();
        })));
    }
}
