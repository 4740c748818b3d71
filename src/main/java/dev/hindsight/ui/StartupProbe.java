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
    /** A window never drawn (no display that works) must not keep a training run or a benchmark waiting. */
    private static final long LONGEST_WAIT_MS = 120_000;
    private static final java.util.concurrent.atomic.AtomicBoolean DONE = new java.util.concurrent.atomic.AtomicBoolean();
    /** The line telling when the first frame with the report was laid out (JavaFX thread only). */
    private static String laidOut;

    private StartupProbe() {
    }

    /**
     * @param stage the window the report opens in
     * @param opened the opening of the report named on the command line (done at once when none is)
     */
    static void afterShown(javafx.stage.Stage stage, CompletableFuture<?> opened) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stampLayout(stage.getScene(), opened);
        // Two queued runLaters are not two pulses: they ran before the first pulse had laid the window
        // out and drawn it, so the first frame's own CSS, layout and rendering were not counted.
        // Now: once the report is in the window and the window's first frame has been laid out and
        // handed to the renderer (FirstFrame's gate); a report that arrived after that frame waits for
        // one more whole pulse, the one that lays it out.
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(LONGEST_WAIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (DONE.compareAndSet(false, true)) {
                System.out.println("hindsight: no window shown " + LONGEST_WAIT_MS + " ms after it was built");
                Platform.exit();
            }
        }, "hindsight-startup-probe");
        guard.setDaemon(true);
        guard.start();
        opened.whenComplete((done, failed) -> Platform.runLater(() -> {
            if (!dev.hindsight.ui.support.FirstFrame.isOpen()) {
                dev.hindsight.ui.support.FirstFrame.thenOnFx(StartupProbe::report);
            } else {
                afterNextPulse(StartupProbe::report);
            }
        }));
    }

    /**
     * Notes when the first frame with the report has been laid out, the moment it goes to the
     * renderer: what the JavaFX thread does between then and the report (work held back for the
     * first frame and queued before the probe: the classification block) is told apart.
     */
    private static void stampLayout(javafx.scene.Scene scene, CompletableFuture<?> opened) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (opened.isDone()) {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut = "hindsight: first frame with the report laid out " + sinceStart()
                        + " ms after JVM start, JavaFX thread CPU " + fxCpuMillis() + " ms until then";
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static long fxCpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    private static void afterNextPulse(Runnable then) {
        new javafx.animation.AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                // called at the start of each pulse: the second call comes after a whole pulse
                if (++ticks == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void report() {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        long millis = sinceStart();
        // The JavaFX thread's own CPU time so far: what start-up work costs, which other processes
        // on a busy machine inflate much less than the wall time.
        long fxCpu = fxCpuMillis();
        System.out.println("hindsight: window shown " + millis + " ms after JVM start");
        System.out.println("hindsight: JavaFX thread CPU " + fxCpu + " ms until then");
        if (laidOut != null) {
            System.out.println(laidOut);
        }
        Platform.exit();
    }
}
