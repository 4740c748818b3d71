package dev.hindsight.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.testing.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The autosave rhythm: once, a second after typing stops, and at least every ten seconds of typing. */
class DebouncerTest {
    private final ManualScheduler time = new ManualScheduler();
    private final List<Long> runs = new ArrayList<>();
    private final Debouncer debouncer = new Debouncer(Duration.ofSeconds(1), Duration.ofSeconds(10), time,
            () -> runs.add(time.nanoTime()));

    private static long millis(long ms) {
        return ms * 1_000_000L;
    }

    private void typeFor(Duration total, Duration every) {
        for (long t = 0; t < total.toNanos(); t += every.toNanos()) {
            debouncer.trigger();
            time.advance(every);
        }
    }

    @Test
    void aBurstOfKeystrokesRunsTheActionOnceASecondAfterTheLast() {
        typeFor(Duration.ofMillis(2000), Duration.ofMillis(200)); // 10 keystrokes, the last at 1.8 s
        assertThat(runs).isEmpty();
        time.advance(Duration.ofMillis(799));
        assertThat(runs).isEmpty();
        time.advance(Duration.ofMillis(1));
        assertThat(runs).containsExactly(millis(2800));
        time.advance(Duration.ofMinutes(1));
        assertThat(runs).hasSize(1);
        assertThat(time.waiting()).isZero();
    }

    @Test
    void nonStopTypingIsStillSavedEveryTenSeconds() {
        typeFor(Duration.ofSeconds(25), Duration.ofMillis(300));
        assertThat(runs).containsExactly(millis(10_000), millis(20_200));
    }

    @Test
    void flushRunsAWaitingActionAtOnceAndOnlyOnce() {
        debouncer.trigger();
        assertThat(debouncer.isPending()).isTrue();
        debouncer.flush();
        assertThat(runs).containsExactly(0L);
        time.advance(Duration.ofSeconds(5));
        assertThat(runs).hasSize(1);
        debouncer.flush();
        assertThat(runs).hasSize(1);
    }

    @Test
    void closeDropsTheWaitingRunAndLaterTriggers() {
        debouncer.trigger();
        debouncer.close();
        debouncer.trigger();
        time.advance(Duration.ofMinutes(1));
        assertThat(runs).isEmpty();
        assertThat(debouncer.isPending()).isFalse();
    }

    @Test
    void aTriggerDuringARunSchedulesTheNextOne() {
        AtomicInteger count = new AtomicInteger();
        Debouncer[] self = new Debouncer[1];
        self[0] = new Debouncer(Duration.ofSeconds(1), Duration.ofSeconds(10), time, () -> {
            if (count.incrementAndGet() == 1) {
                self[0].trigger(); // the user typed while the autosave was writing
            }
        });
        self[0].trigger();
        time.advance(Duration.ofSeconds(1));
        assertThat(count).hasValue(1);
        time.advance(Duration.ofSeconds(1));
        assertThat(count).hasValue(2);
    }

    @Test
    void theMaximumDelayCannotBeShorterThanTheQuietTime() {
        assertThatThrownBy(() -> new Debouncer(Duration.ofSeconds(2), Duration.ofSeconds(1), time, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withARealExecutorTheActionRunsOffTheCallersThread() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            CountDownLatch ran = new CountDownLatch(1);
            Thread caller = Thread.currentThread();
            Thread[] runner = new Thread[1];
            Debouncer real = new Debouncer(Duration.ofMillis(10), Duration.ofMillis(100),
                    Debouncer.Scheduler.of(executor), () -> {
                        runner[0] = Thread.currentThread();
                        ran.countDown();
                    });
            real.trigger();
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runner[0]).isNotSameAs(caller);
        } finally {
            executor.shutdownNow();
        }
    }
}
