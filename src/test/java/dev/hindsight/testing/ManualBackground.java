package dev.hindsight.testing;

import dev.hindsight.ui.support.Background;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Background work that waits until the test runs it, on the test's thread, in the order it was
 * submitted: what runs at the same time in the application can be interleaved step by step.
 */
public final class ManualBackground implements Background {
    private record Job<T>(String name, Callable<T> work, CompletableFuture<T> result) {
        /** Does the work; what it returns completes the future, which runs what is chained to it. */
        Runnable perform() {
            try {
                T value = work.call();
                return () -> result.complete(value);
            } catch (Exception e) {
                return () -> result.completeExceptionally(e);
            }
        }
    }

    private final Deque<Job<?>> waiting = new ArrayDeque<>();
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    @Override
    public synchronized <T> CompletableFuture<T> submit(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.add(new Job<>(name, work, result));
        return result;
    }

    /** How many pieces of work were submitted and have not run yet. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** The names of the waiting work ("Saving db.postmortem.json"), in order. */
    public synchronized java.util.List<String> names() {
        return waiting.stream().map(Job::name).toList();
    }

    /** Runs the oldest waiting work and completes its future (and what is chained to it) here. */
    public void runNext() {
        runNextWork().run();
    }

    /**
     * Runs the oldest waiting work but not yet what is chained to it, which the returned step
     * runs: what happens on the UI thread between the two can be staged.
     */
    public Runnable runNextWork() {
        Job<?> next;
        synchronized (this) {
            next = waiting.poll();
        }
        if (next == null) {
            throw new IllegalStateException("no background work is waiting");
        }
        return next.perform();
    }

    @Override
    public ReadOnlyStringProperty activity() {
        return activity.getReadOnlyProperty();
    }
}
