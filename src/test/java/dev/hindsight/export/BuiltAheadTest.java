package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BuiltAheadTest {
    private static final long SEED = 18_0037L;

    @Test
    void everyItemArrivesOnceInOrderWhateverTheCountAndChunk() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < 200; round++) {
            int count = random.nextInt(600);
            int chunk = 1 + random.nextInt(150);
            List<String> taken = new ArrayList<>();
            try (BuiltAhead<String> items = new BuiltAhead<>(count, chunk, i -> "item " + i, "test-builder")) {
                for (int i = 0; i < count; i++) {
                    taken.add(items.next());
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                expected.add("item " + i);
            }
            assertThat(taken).as("count %d, chunk %d", count, chunk).isEqualTo(expected);
        }
    }

    @Test
    void whatTheBuilderThrowsIsThrownToTheTakerAfterTheItemsBeforeIt() throws Exception {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 100; round++) {
            int count = 1 + random.nextInt(500);
            int chunk = 1 + random.nextInt(120);
            int failing = random.nextInt(count);
            UncheckedIOException failure = new UncheckedIOException(new java.io.IOException("font " + failing));
            try (BuiltAhead<Integer> items = new BuiltAhead<>(count, chunk, i -> {
                if (i == failing) {
                    throw failure;
                }
                return i;
            }, "test-builder")) {
                int firstOfChunk = failing - failing % chunk;
                for (int i = 0; i < firstOfChunk; i++) {
                    assertThat(items.next()).isEqualTo(i);
                }
                assertThatThrownBy(items::next).as("count %d, chunk %d, failing %d", count, chunk, failing)
                        .isSameAs(failure);
            }
        }
    }

    @Test
    void anErrorOfTheBuilderIsThrownAsItIs() throws Exception {
        StackOverflowError error = new StackOverflowError("deep");
        try (BuiltAhead<Integer> items = new BuiltAhead<>(10, 4, i -> {
            throw error;
        }, "test-builder")) {
            assertThatThrownBy(items::next).isSameAs(error);
        }
    }

    @Test
    void anInterruptedTakerIsCancelledAndTheBuilderStops() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        AtomicReference<Thread> builder = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread taker = new Thread(() -> {
            try (BuiltAhead<Integer> items = new BuiltAhead<>(1_000_000, 100, i -> {
                builder.set(Thread.currentThread());
                building.countDown();
                if (i == 150) {
                    // the second chunk never ends by itself: only an interrupt stops it
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                    }
                }
                return i;
            }, "test-builder")) {
                items.next();
                Thread.currentThread().interrupt();
                for (int i = 1; i < 1_000_000; i++) {
                    items.next();
                }
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        taker.start();
        assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
        taker.join(10_000);
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class).hasMessage("export cancelled");
        builder.get().join(10_000);
        assertThat(builder.get().isAlive()).as("the builder stopped").isFalse();
    }
}
