package dev.hindsight.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * Matches rows by content, not position, in three passes:
 * <ol>
 * <li>equal rows, the first of one list with the first of the other;</li>
 * <li>rows alike enough ({@link #STRONG}) wherever they are, the most alike pairs first, the
 * closer of two equally alike pairs first: an edited row that also moved;</li>
 * <li>what is left, by position: between two rows matched in the same order, the first row
 * left of one list with the first left of the other, when they are at least a little alike
 * ({@link #WEAK}): a row rewritten where it stood.</li>
 * </ol>
 * Rows left over were removed from a or added in b. The score of a pair is a weighted sum of
 * the similarity of its parts, from 0 to 1 (see the row kinds in {@link ReportSchema}).
 */
final class SimilarRows<T, P> implements RowMatcher<T> {
    static final double STRONG = 0.6;
    static final double WEAK = 0.3;
    /** Past this many pairs of unmatched rows only rows near each other are scored (a bound on the work). */
    static final long MAX_PAIRS = 250_000;

    private final Function<T, P> profile;
    private final ToDoubleBiFunction<P, P> score;

    SimilarRows(Function<T, P> profile, ToDoubleBiFunction<P, P> score) {
        this.profile = profile;
        this.score = score;
    }

    private record Candidate(int i, int j, double score, int distance) {
    }

    @Override
    public Matching match(List<T> a, List<T> b) {
        Matching m = new Matching(a.size(), b.size());
        RowMatcher.pairEqual(a, b, m);
        List<Integer> leftA = unmatched(m.aToB);
        List<Integer> leftB = unmatched(m.bToA);
        if (leftA.isEmpty() || leftB.isEmpty()) {
            return m;
        }
        List<P> pa = new ArrayList<>(a.size());
        a.forEach(row -> pa.add(null));
        List<P> pb = new ArrayList<>(b.size());
        b.forEach(row -> pb.add(null));
        leftA.forEach(i -> pa.set(i, profile.apply(a.get(i))));
        leftB.forEach(j -> pb.set(j, profile.apply(b.get(j))));
        alike(m, leftA, leftB, pa, pb, a.size(), b.size());
        byPosition(m, pa, pb);
        return m;
    }

    private void alike(Matching m, List<Integer> leftA, List<Integer> leftB, List<P> pa, List<P> pb, int n, int k) {
        long pairs = (long) leftA.size() * leftB.size();
        // Within the bound every pair is scored; beyond it, each row against the rows of b
        // around its own relative place.
        int window = pairs <= MAX_PAIRS ? Integer.MAX_VALUE : (int) Math.max(1, MAX_PAIRS / leftA.size() / 2);
        List<Candidate> candidates = new ArrayList<>();
        for (int i : leftA) {
            double expected = n == 0 ? 0 : (double) i * k / n;
            // leftB is in order: only its stretch within the window of the expected place.
            int from = window == Integer.MAX_VALUE ? 0 : firstAtLeast(leftB, expected - window);
            for (int x = from; x < leftB.size(); x++) {
                int j = leftB.get(x);
                if (j - expected > window) {
                    break;
                }
                double s = score.applyAsDouble(pa.get(i), pb.get(j));
                if (s >= STRONG) {
                    candidates.add(new Candidate(i, j, s, Math.abs(i - j)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
                .thenComparingInt(Candidate::distance).thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        for (Candidate c : candidates) {
            if (!m.aMatched(c.i) && !m.bMatched(c.j)) {
                m.pair(c.i, c.j);
            }
        }
    }

    private void byPosition(Matching m, List<P> pa, List<P> pb) {
        boolean[] inOrder = SequenceDiff.Lis.of(m.aToB);
        int prevA = -1;
        int prevB = -1;
        for (int i = 0; i <= m.aToB.length; i++) {
            if (i < m.aToB.length && !inOrder[i]) {
                continue;
            }
            int nextB = i < m.aToB.length ? m.aToB[i] : m.bToA.length;
            pairGap(m, prevA + 1, i, prevB + 1, nextB, pa, pb);
            prevA = i;
            prevB = nextB;
        }
    }

    /** Pairs, in order, the unmatched rows of a in [a0, a1) with those of b in [b0, b1). */
    private void pairGap(Matching m, int a0, int a1, int b0, int b1, List<P> pa, List<P> pb) {
        int j = b0;
        for (int i = a0; i < a1; i++) {
            if (m.aMatched(i)) {
                continue;
            }
            while (j < b1 && m.bMatched(j)) {
                j++;
            }
            if (j >= b1) {
                return;
            }
            if (score.applyAsDouble(pa.get(i), pb.get(j)) >= WEAK) {
                m.pair(i, j);
                j++;
            }
        }
    }

    private static int firstAtLeast(List<Integer> sorted, double value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Integer> unmatched(int[] partner) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] < 0) {
                out.add(i);
            }
        }
        return out;
    }
}
