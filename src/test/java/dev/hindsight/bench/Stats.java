package dev.hindsight.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The measured runs of one scenario, in milliseconds: median, minimum, maximum and how many. */
record Stats(List<Double> millis) {
    Stats {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        millis = List.copyOf(millis);
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }

    double median() {
        List<Double> s = sorted();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(millis.size() - 1);
    }

    int runs() {
        return millis.size();
    }
}
