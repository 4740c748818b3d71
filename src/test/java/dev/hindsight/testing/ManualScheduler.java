package dev.hindsight.testing;

import dev.hindsight.recovery.Debouncer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** A scheduler whose time moves only when a test says so, running due tasks on the test's thread. */
public final class ManualScheduler implements Debouncer.Scheduler {
    private record Task(long due, Runnable run, CompletableFuture<Void> future) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Future<?> schedule(Runnable task, long delayNanos) {
        Task t = new Task(now + delayNanos, task, new CompletableFuture<>());
        tasks.add(t);
        return t.future();
    }

    /** Moves time forward, running each task that falls due on the way, in order. */
    public void advance(Duration by) {
        long until = now + by.toNanos();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due() <= until && !t.future().isCancelled())
                        .min(Comparator.comparingLong(Task::due)).orElse(null);
                if (next == null) {
                    now = until;
                    tasks.removeIf(t -> t.future().isDone());
                    return;
                }
                now = next.due();
                tasks.remove(next);
            }
            next.run().run();
            next.future().complete(null);
        }
    }

    public synchronized long waiting() {
        return tasks.stream().filter(t -> !t.future().isDone()).count();
    }
}
