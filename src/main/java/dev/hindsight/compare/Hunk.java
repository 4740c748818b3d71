package dev.hindsight.compare;

/**
 * One change between two sequences: the elements {@code [aStart, aEnd)} of the first replaced
 * by {@code [bStart, bEnd)} of the second. An insertion has {@code aStart == aEnd}, a deletion
 * {@code bStart == bEnd}.
 */
record Hunk(int aStart, int aEnd, int bStart, int bEnd) {
    boolean isInsertion() {
        return aStart == aEnd;
    }

    boolean isDeletion() {
        return bStart == bEnd;
    }
}
