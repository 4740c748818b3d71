package dev.hindsight.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work on the JavaFX thread from a benchmark's main thread and waits for the screen to show it. */
final class Fx {
    private static final long TIMEOUT_SECONDS = 120;

    private Fx() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code action} on the JavaFX thread, then returns after the first pulse whose layout
     * pass leaves {@code shown} true: what the user would see on the next frame. Returns how
     * long {@code action} itself kept the JavaFX thread busy, in milliseconds.
     */
    static double untilShown(Scene scene, Runnable action, BooleanSupplier shown) throws Exception {
        return measureUntilShown(scene, action, shown).actionMillis();
    }

    /**
     * What the JavaFX thread did for a change: {@code actionMillis} in the action itself,
     * {@code cpuMillis} of its CPU time from the action until the pulse that showed the change
     * had laid it out (everything it ran meanwhile: listeners, posted work, animations, CSS,
     * layout), {@code wallMillis} of wall time for the same stretch; {@code endCpu} and
     * {@code endWall} are the clocks at its end ({@link ThreadMXBean#getCurrentThreadCpuTime},
     * {@link System#nanoTime}), for a measurement that goes on from there.
     */
    record Work(double actionMillis, double cpuMillis, double wallMillis, long endCpu, long endWall) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** As {@link #untilShown}, measuring the JavaFX thread's CPU time from the action to the pulse that shows it. */
    static Work measureUntilShown(Scene scene, Runnable action, BooleanSupplier shown) throws Exception {
        CompletableFuture<Work> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                action.run();
                double actionMillis = (System.nanoTime() - wall) / 1e6;
                afterPulse(scene, shown, cpu, wall, actionMillis, done);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The JavaFX thread's work from the end of {@code after} until {@code shown} holds and a pulse
     * has laid out what made it hold. {@code shown} is asked on the JavaFX thread every 20 ms
     * (a few microseconds each), so no pulse is asked for before there is something to show.
     */
    static Work measureUntil(Scene scene, Work after, BooleanSupplier shown) throws Exception {
        CompletableFuture<Work> done = new CompletableFuture<>();
        boolean[] seen = {false};
        while (!done.isDone()) {
            Platform.runLater(() -> {
                if (!seen[0] && !done.isDone() && shown.getAsBoolean()) {
                    seen[0] = true;
                    afterPulse(scene, () -> true, after.endCpu(), after.endWall(), 0, done);
                }
            });
            try {
                return done.get(20, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if ((System.nanoTime() - after.endWall()) / 1e9 > TIMEOUT_SECONDS) {
                    throw e;
                }
            }
        }
        return done.get();
    }

    private static void afterPulse(Scene scene, BooleanSupplier shown, long cpu, long wall, double actionMillis,
                                   CompletableFuture<Work> done) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done.isDone()) {
                return;
            }
            try {
                if (shown.getAsBoolean()) {
                    long endCpu = THREADS.getCurrentThreadCpuTime();
                    long endWall = System.nanoTime();
                    done.complete(new Work(actionMillis, (endCpu - cpu) / 1e6, (endWall - wall) / 1e6, endCpu,
                            endWall));
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                } else {
                    Platform.requestNextPulse();
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
