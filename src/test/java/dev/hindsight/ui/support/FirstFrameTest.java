package dev.hindsight.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Work the first frame does not need (the review, the spell check, the font scan) waits for the
 * window's first frame, runs once it is drawn, in the order given, and is never lost: a window
 * that is never drawn holds it back only for a while.
 */
class FirstFrameTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void gatedThreadsRunNothingUntilTheFrameIsDrawnThenEverythingInOrder() throws Exception {
        FirstFrame gate = new FirstFrame(60_000, Runnable::run);
        ExecutorService checks = Executors.newSingleThreadExecutor(gate.factory("test-checks"));
        ScheduledExecutorService review = Executors.newSingleThreadScheduledExecutor(gate.factory("test-review"));
        CountDownLatch done = new CountDownLatch(4);
        checks.execute(() -> record("check 1", done));
        checks.execute(() -> record("check 2", done));
        review.schedule(() -> record("review", done), 10, TimeUnit.MILLISECONDS);
        gate.later(() -> record("icons", done));
        Thread.sleep(300);
        assertThat(ran).as("before the first frame").isEmpty();
        assertThat(gate.opened()).isFalse();

        gate.open();
        assertThat(done.await(30, TimeUnit.SECONDS)).as("all ran after the frame").isTrue();
        assertThat(ran).containsExactlyInAnyOrder("check 1", "check 2", "review", "icons");
        assertThat(ran.indexOf("check 1")).isLessThan(ran.indexOf("check 2"));

        CountDownLatch after = new CountDownLatch(2);
        checks.execute(() -> record("check 3", after));
        gate.later(() -> record("icons again", after));
        assertThat(after.await(30, TimeUnit.SECONDS)).as("an open gate holds nothing back").isTrue();
        checks.shutdownNow();
        review.shutdownNow();
    }

    @Test
    void aWindowNeverDrawnHoldsTheWorkBackOnlyForAWhile() throws Exception {
        FirstFrame gate = new FirstFrame(200, Runnable::run);
        ExecutorService checks = Executors.newSingleThreadExecutor(gate.factory("test-checks"));
        CountDownLatch done = new CountDownLatch(1);
        checks.execute(() -> record("check", done));
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("check");
        assertThat(gate.opened()).as("the gate itself stays shut").isFalse();
        checks.shutdownNow();
    }

    @Test
    void gatedThreadsStartOnlyOnceTheJavaFxThreadHasDoneTheWorkQueuedForTheFrame() throws Exception {
        java.util.concurrent.BlockingQueue<Runnable> fxQueue = new java.util.concurrent.LinkedBlockingQueue<>();
        FirstFrame gate = new FirstFrame(60_000, fxQueue::add);
        ExecutorService checks = Executors.newSingleThreadExecutor(gate.factory("test-checks"));
        CountDownLatch done = new CountDownLatch(1);
        checks.execute(() -> record("check", done));
        gate.later(() -> ran.add("classification"));
        gate.open();
        assertThat(gate.opened()).isTrue();
        Thread.sleep(300);
        assertThat(ran).as("the JavaFX thread has not run its queue yet").isEmpty();
        assertThat(gate.threadsStarted()).isFalse();
        // later work, given once the gate is open, goes to the JavaFX thread's queue at once
        gate.later(() -> ran.add("icons"));
        assertThat(fxQueue).hasSize(3);
        Runnable next;
        while ((next = fxQueue.poll()) != null) {
            next.run();
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).as("the check ran after the queue").isTrue();
        assertThat(ran).containsExactlyInAnyOrder("classification", "icons", "check");
        assertThat(ran.indexOf("classification")).as("queued for the frame: before the threads").isLessThan(
                ran.indexOf("check"));
        checks.shutdownNow();
    }

    @Test
    void openingTwiceRunsTheWaitingWorkOnce() {
        FirstFrame gate = new FirstFrame(60_000, Runnable::run);
        gate.later(() -> ran.add("icons"));
        gate.open();
        gate.open();
        assertThat(ran).containsExactly("icons");
    }

    private void record(String what, CountDownLatch done) {
        ran.add(what);
        done.countDown();
    }
}
