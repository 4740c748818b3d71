package dev.hindsight.compare;

import java.util.Arrays;

/**
 * Which row of one list is which row of another: {@code aToB[i]} is the index in b of row i
 * of a, or -1 when a's row has no counterpart (removed); {@code bToA} the other way round.
 */
final class Matching {
    final int[] aToB;
    final int[] bToA;

    Matching(int aSize, int bSize) {
        aToB = new int[aSize];
        bToA = new int[bSize];
        Arrays.fill(aToB, -1);
        Arrays.fill(bToA, -1);
    }

    void pair(int i, int j) {
        aToB[i] = j;
        bToA[j] = i;
    }

    boolean aMatched(int i) {
        return aToB[i] >= 0;
    }

    boolean bMatched(int j) {
        return bToA[j] >= 0;
    }

    /**
     * The rows of a that moved: the fewest matched rows whose relative order differs in b (all
     * matched rows but one longest run kept in the same order).
     */
    boolean[] moved() {
        boolean[] inOrder = SequenceDiff.Lis.of(aToB);
        boolean[] moved = new boolean[aToB.length];
        for (int i = 0; i < aToB.length; i++) {
            moved[i] = aToB[i] >= 0 && !inOrder[i];
        }
        return moved;
    }
}
