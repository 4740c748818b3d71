package dev.hindsight.bench;

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
        CompletableFuture<Void> done = new CompletableFuture<>();
        double[] busy = new double[1];
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.isDone()) {
                    return;
                }
                try {
                    if (shown.getAsBoolean()) {
                        done.complete(null);
                        // The scene is iterating its listeners: remove this one after the pulse.
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                    } else {
                        Platform.requestNextPulse();
                    }
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            };
            try {
                long start = System.nanoTime();
                action.run();
                busy[0] = (System.nanoTime() - start) / 1e6;
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return busy[0];
    }
}
