package dev.hindsight.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario measured inside a benchmark JVM: warm-up runs, then timed runs under a
 * {@link HeapWatch}; the outcome goes to the parent as one line on standard output.
 */
final class Trial {
    static final String PREFIX = "bench-outcome: ";

    /**
     * What a benchmark JVM hands back: the first (cold) run, each timed run after the warm-ups,
     * the heap peaks of the timed runs, and a note such as the page count.
     */
    record Outcome(double firstMillis, List<Double> millis, double peakUsedMb, double peakLiveMb, String note) {
    }

    /** A piece of work to time; returns a note about what it did (pages, bytes), or "". */
    interface Work {
        String run() throws Exception;
    }

    /** Untimed work before each run (a fresh window, a scroll position). */
    interface Setup {
        void run() throws Exception;
    }

    private Trial() {
    }

    static Outcome measure(int warmups, int runs, Work work) throws Exception {
        return measure(warmups, runs, () -> { }, work);
    }

    static Outcome measure(int warmups, int runs, Setup setup, Work work) throws Exception {
        double first = -1;
        for (int i = 0; i < warmups; i++) {
            setup.run();
            long start = System.nanoTime();
            work.run();
            first = first < 0 ? (System.nanoTime() - start) / 1e6 : first;
        }
        System.gc();
        List<Double> millis = new ArrayList<>();
        String note = "";
        try (HeapWatch heap = new HeapWatch()) {
            heap.sample();
            for (int i = 0; i < runs; i++) {
                setup.run();
                long start = System.nanoTime();
                note = work.run();
                millis.add((System.nanoTime() - start) / 1e6);
                heap.sample();
            }
            return new Outcome(first < 0 ? millis.get(0) : first, millis, heap.peakUsedMb(), heap.peakLiveMb(), note);
        }
    }

    static void print(Outcome outcome) throws Exception {
        System.out.println(PREFIX + new ObjectMapper().writeValueAsString(outcome));
        System.out.flush();
    }

    static Outcome parse(String line) throws Exception {
        return new ObjectMapper().readValue(line.substring(PREFIX.length()), Outcome.class);
    }
}
