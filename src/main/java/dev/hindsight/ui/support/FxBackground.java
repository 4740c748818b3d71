package dev.hindsight.ui.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** {@link Background} on daemon threads, reporting back on the JavaFX application thread. */
public final class FxBackground implements Background {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hindsight-io-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final Map<Integer, String> running = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** A future whose cancel() interrupts the thread doing the work (an export stops, leaving no file). */
    private static final class Running<T> extends CompletableFuture<T> {
        private volatile Thread worker;

        @Override
        public boolean cancel(boolean mayInterrupt) {
            Thread t = worker;
            if (t != null && mayInterrupt) {
                t.interrupt();
            }
            return super.cancel(mayInterrupt);
        }
    }

    @Override
    public <T> CompletableFuture<T> submit(String name, Callable<T> work) {
        Running<T> result = new Running<>();
        int id = ids.incrementAndGet();
        started(id, name);
        executor.execute(() -> {
            result.worker = Thread.currentThread();
            T value = null;
            Throwable failure = null;
            try {
                value = work.call();
            } catch (Throwable e) {
                failure = e;
            } finally {
                result.worker = null;
                Thread.interrupted();
            }
            T done = value;
            Throwable failed = failure;
            Platform.runLater(() -> {
                finished(id);
                if (failed == null) {
                    result.complete(done);
                } else {
                    result.completeExceptionally(failed);
                }
            });
        });
        return result;
    }

    private void started(int id, String name) {
        running.put(id, name);
        activity.set(name + "\u2026");
    }

    private void finished(int id) {
        running.remove(id);
        activity.set(running.isEmpty() ? "" : running.values().iterator().next() + "\u2026");
    }

    @Override
    public ReadOnlyStringProperty activity() {
        return activity.getReadOnlyProperty();
    }
}
