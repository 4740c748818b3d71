package dev.hindsight.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Finds which rows of two versions of a list are the same row. */
interface RowMatcher<T> {
    Matching match(List<T> a, List<T> b);

    /**
     * Which rows that two copies added on their own are one row: equal ones, or for rows with a
     * key those with the same key (two comments with one id are one comment, edited twice).
     */
    default Matching matchAdded(List<T> a, List<T> b) {
        Matching m = new Matching(a.size(), b.size());
        pairEqual(a, b, m);
        return m;
    }

    /** Rows are the same only when equal: tags, authors, dismissed findings, replies. */
    static <T> RowMatcher<T> exact() {
        return (a, b) -> {
            Matching m = new Matching(a.size(), b.size());
            pairEqual(a, b, m);
            return m;
        };
    }

    /**
     * Rows are the same when they have the same key (a comment's id, a picture's name); rows
     * without a key (an empty one) only when equal.
     */
    static <T> RowMatcher<T> byKey(Function<T, String> key) {
        return new RowMatcher<>() {
            @Override
            public Matching match(List<T> a, List<T> b) {
                return byKey(a, b, key);
            }

            @Override
            public Matching matchAdded(List<T> a, List<T> b) {
                return byKey(a, b, key);
            }
        };
    }

    private static <T> Matching byKey(List<T> a, List<T> b, Function<T, String> key) {
        Matching m = new Matching(a.size(), b.size());
        Map<String, Integer> inB = new HashMap<>();
        for (int j = b.size() - 1; j >= 0; j--) {
            String k = key.apply(b.get(j));
            if (!k.isEmpty()) {
                inB.put(k, j);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            Integer j = inB.remove(key.apply(a.get(i)));
            if (j != null) {
                m.pair(i, j);
            }
        }
        pairEqual(a, b, m);
        return m;
    }

    /** Pairs the rows not yet paired that are equal, the first of a with the first of b. */
    static <T> void pairEqual(List<T> a, List<T> b, Matching m) {
        Map<T, Deque<Integer>> inB = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            if (!m.bMatched(j)) {
                inB.computeIfAbsent(b.get(j), k -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (m.aMatched(i)) {
                continue;
            }
            Deque<Integer> js = inB.get(a.get(i));
            if (js != null && !js.isEmpty()) {
                m.pair(i, js.poll());
            }
        }
    }
}
