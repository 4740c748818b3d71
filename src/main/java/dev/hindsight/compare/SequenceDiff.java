package dev.hindsight.compare;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hunks between two sequences. Lines of prose go through java-diff-utils' Myers diff;
 * sequences of distinct elements (the order of rows, by identity) through a longest increasing
 * subsequence, which is exact for them and takes O(n log n) whatever the reordering.
 */
final class SequenceDiff {
    /**
     * Past this many pairs of differing lines (after the common start and end are set aside)
     * Myers' diff of two unrelated texts takes seconds: the middle becomes one hunk instead.
     */
    static final long MAX_LINE_PAIRS = 4_000_000L;

    private SequenceDiff() {
    }

    /** The hunks that turn {@code a} into {@code b}, for elements that may repeat (lines). */
    static <T> List<Hunk> of(List<T> a, List<T> b) {
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        List<T> midA = a.subList(prefix, a.size() - suffix);
        List<T> midB = b.subList(prefix, b.size() - suffix);
        List<Hunk> out = new ArrayList<>();
        if (midA.isEmpty() && midB.isEmpty()) {
            return out;
        }
        if (midA.isEmpty() || midB.isEmpty() || (long) midA.size() * midB.size() > MAX_LINE_PAIRS) {
            out.add(new Hunk(prefix, prefix + midA.size(), prefix, prefix + midB.size()));
            return out;
        }
        for (Change c : new MyersDiffWithLinearSpace<T>().computeDiff(midA, midB, null)) {
            Hunk h = new Hunk(prefix + c.startOriginal, prefix + c.endOriginal, prefix + c.startRevised,
                    prefix + c.endRevised);
            Hunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            // The diff reports a replacement as a deletion and an insertion side by side: one hunk.
            if (last != null && last.aEnd() == h.aStart() && last.bEnd() == h.bStart()) {
                out.set(out.size() - 1, new Hunk(last.aStart(), h.aEnd(), last.bStart(), h.bEnd()));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** The hunks between two sequences whose elements are each distinct within their sequence. */
    static List<Hunk> ofDistinct(List<Integer> a, List<Integer> b) {
        Map<Integer, Integer> inB = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            inB.put(b.get(j), j);
        }
        int[] partner = new int[a.size()];
        for (int i = 0; i < a.size(); i++) {
            partner[i] = inB.getOrDefault(a.get(i), -1);
        }
        boolean[] kept = Lis.of(partner);
        List<Hunk> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && kept[i] && partner[i] == j) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while (i < a.size() && !kept[i]) {
                i++;
            }
            int until = i < a.size() ? partner[i] : b.size();
            j = until;
            out.add(new Hunk(i0, i, j0, j));
        }
        return out;
    }

    private static <T> int commonPrefix(List<T> a, List<T> b) {
        int n = Math.min(a.size(), b.size());
        int i = 0;
        while (i < n && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    private static <T> int commonSuffix(List<T> a, List<T> b, int prefix) {
        int n = Math.min(a.size(), b.size()) - prefix;
        int i = 0;
        while (i < n && a.get(a.size() - 1 - i).equals(b.get(b.size() - 1 - i))) {
            i++;
        }
        return i;
    }

    /** Longest increasing subsequences, patience style. */
    static final class Lis {
        private Lis() {
        }

        /**
         * Which positions of {@code values} belong to one longest strictly increasing
         * subsequence of the values that are not negative (negative ones never do).
         */
        static boolean[] of(int[] values) {
            int n = values.length;
            int[] tails = new int[n];
            int[] previous = new int[n];
            int length = 0;
            for (int i = 0; i < n; i++) {
                if (values[i] < 0) {
                    continue;
                }
                int lo = 0;
                int hi = length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (values[tails[mid]] < values[i]) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                previous[i] = lo > 0 ? tails[lo - 1] : -1;
                tails[lo] = i;
                if (lo == length) {
                    length++;
                }
            }
            boolean[] in = new boolean[n];
            Arrays.fill(in, false);
            for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
                in[k] = true;
            }
            return in;
        }
    }
}
