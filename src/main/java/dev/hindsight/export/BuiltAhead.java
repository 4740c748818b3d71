package dev.hindsight.export;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * Items 0 to count−1 built on a second thread, a chunk at a time, while the thread that takes
 * them works on the ones before (the timeline's rows are parsed and typeset while OpenPDF lays out
 * the previous chunk: on a cold JVM the two take about as long). At most {@value #WAITING} chunks
 * wait, so memory stays that of a few chunks. What the builder throws is thrown by {@link #next()}
 * on the taking thread; an interrupted taking thread (a cancelled export) gets an
 * {@link InterruptedIOException}; {@link #close()} stops the builder.
 * <p>The builder is the only thread that uses what {@code build} uses until the last item is taken.
 */
final class BuiltAhead<T> implements AutoCloseable {
    private static final int WAITING = 2;

    private record Batch<T>(List<T> items, Throwable failure) {
    }

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread builder;  // null when there is nothing to build
    private Iterator<T> current = List.<T>of().iterator();

    BuiltAhead(int count, int chunk, IntFunction<T> build, String name) {
        if (count == 0) {
            builder = null;
            return;
        }
        builder = new Thread(() -> build(count, chunk, build), name);
        builder.setDaemon(true);
        builder.start();
    }

    private void build(int count, int chunk, IntFunction<T> build) {
        try {
            for (int from = 0; from < count; from += chunk) {
                int to = Math.min(count, from + chunk);
                List<T> items = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    items.add(build.apply(i));
                }
                queue.put(new Batch<>(items, null));
            }
        } catch (InterruptedException e) {
            // closed: nothing more is wanted
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Batch<>(List.of(), e));
            } catch (InterruptedException closed) {
                // closed while failing: the taker has its own error to report
            }
        }
    }

    /** The next item, waiting for its chunk to be built; the builder's exception, as it threw it, when it failed. */
    T next() throws InterruptedIOException {
        if (!current.hasNext()) {
            Batch<T> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("export cancelled");
            }
            if (batch.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (batch.failure() instanceof Error e) {
                throw e;
            }
            current = batch.items().iterator();
        }
        return current.next();
    }

    /** Stops the builder (at its next item) when the items are not all taken: a failed or cancelled export. */
    @Override
    public void close() {
        if (builder != null) {
            builder.interrupt();
        }
    }
}
