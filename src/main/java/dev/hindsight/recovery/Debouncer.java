package dev.hindsight.recovery;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once a burst of triggers has been quiet for a while ("about a second after
 * typing stops"), and at the latest a longer while after the burst began, so that an hour of
 * non-stop typing is still saved. The action runs on the scheduler's thread, never on the
 * caller's; runs never overlap.
 */
public final class Debouncer implements AutoCloseable {
    /** Time and delayed tasks: a {@link ScheduledExecutorService} in the application, a manual clock in tests. */
    public interface Scheduler {
        long nanoTime();

        Future<?> schedule(Runnable task, long delayNanos);

        static Scheduler of(ScheduledExecutorService executor) {
            return new Scheduler() {
                @Override
                public long nanoTime() {
                    return System.nanoTime();
                }

                @Override
                public Future<?> schedule(Runnable task, long delayNanos) {
                    return executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
                }
            };
        }
    }

    private final long quietNanos;
    private final long maxDelayNanos;
    private final Scheduler scheduler;
    private final Runnable action;
    private final Object runLock = new Object();

    private Future<?> pending;
    /** Which scheduled run is the current one: a run cancelled too late to stop finds itself outdated. */
    private long generation;
    private long burstStart;
    private boolean closed;

    /**
     * @param quiet    how long after the last trigger the action runs
     * @param maxDelay how long after the first trigger of a burst it runs at the latest
     * @param action   what to run; it handles its own failures (a failed autosave is the caller's to show)
     */
    public Debouncer(Duration quiet, Duration maxDelay, Scheduler scheduler, Runnable action) {
        if (quiet.isNegative() || maxDelay.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("need 0 <= quiet <= maxDelay, got " + quiet + " and " + maxDelay);
        }
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.scheduler = Objects.requireNonNull(scheduler);
        this.action = Objects.requireNonNull(action);
    }

    /** Something changed: run the action once things are quiet again. */
    public synchronized void trigger() {
        if (closed) {
            return;
        }
        long now = scheduler.nanoTime();
        if (pending == null) {
            burstStart = now;
        } else {
            pending.cancel(false);
        }
        long due = Math.min(now + quietNanos, burstStart + maxDelayNanos);
        long current = ++generation;
        pending = scheduler.schedule(() -> fire(current), Math.max(0, due - now));
    }

    /** Whether a run is waiting for quiet. */
    public synchronized boolean isPending() {
        return pending != null;
    }

    /** Runs a waiting action now, on the caller's thread (before a clean exit, say); does nothing if none waits. */
    public void flush() {
        synchronized (this) {
            if (pending == null) {
                return;
            }
            pending.cancel(false);
            pending = null;
        }
        run();
    }

    /** Drops a waiting run and ignores later triggers. */
    @Override
    public synchronized void close() {
        closed = true;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void fire(long scheduled) {
        synchronized (this) {
            if (pending == null || scheduled != generation) {
                return; // flushed, closed or triggered again meanwhile
            }
            pending = null;
        }
        run();
    }

    private void run() {
        synchronized (runLock) {
            action.run();
        }
    }
}
