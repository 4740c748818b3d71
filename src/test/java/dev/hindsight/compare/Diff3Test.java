package dev.hindsight.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line merge of prose and the order merge of rows, on sequences. */
class Diff3Test {
    private static List<String> l(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(""));
    }

    private static String merged(String base, String ours, String theirs) {
        StringBuilder out = new StringBuilder();
        for (Diff3.Chunk<String> c : Diff3.merge(l(base), l(ours), l(theirs), SequenceDiff::of)) {
            if (c.conflict()) {
                out.append('<').append(String.join("", c.ours())).append('|').append(String.join("", c.theirs()))
                        .append('>');
            } else {
                out.append(String.join("", c.merged()));
            }
        }
        return out.toString();
    }

    @Test
    void changesWithAnUnchangedElementBetweenThemCombine() {
        assertThat(merged("abcde", "Xbcde", "abcdY")).isEqualTo("XbcdY");
        assertThat(merged("abcde", "aXcde", "abcYe")).isEqualTo("aXcYe");
    }

    @Test
    void adjacentChangesConflictLikeGit() {
        assertThat(merged("abcde", "aXcde", "abYde")).isEqualTo("a<Xc|bY>de");
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        assertThat(merged("abcde", "aXcde", "aXcde")).isEqualTo("aXcde");
        assertThat(merged("abc", "ab", "ab")).isEqualTo("ab");
    }

    @Test
    void insertionsAtOnePlaceConflictUnlessEqual() {
        assertThat(merged("ac", "abc", "axc")).isEqualTo("a<b|x>c");
        assertThat(merged("ac", "abc", "abc")).isEqualTo("abc");
    }

    @Test
    void aDeletionAndAnEditOfTheSameElementConflict() {
        assertThat(merged("abc", "ac", "aXc")).isEqualTo("a<|X>c");
    }

    @Test
    void emptySequencesMerge() {
        assertThat(merged("", "", "")).isEmpty();
        assertThat(merged("", "a", "")).isEqualTo("a");
        assertThat(merged("abc", "", "abc")).isEmpty();
    }

    @Test
    void distinctElementsDiffByLongestIncreasingSubsequence() {
        assertThat(SequenceDiff.ofDistinct(List.of(0, 1, 2, 3), List.of(0, 1, 2, 3))).isEmpty();
        assertThat(SequenceDiff.ofDistinct(List.of(0, 1, 2, 3), List.of(3, 0, 1, 2)))
                .containsExactly(new Hunk(0, 0, 0, 1), new Hunk(3, 4, 4, 4));
        assertThat(SequenceDiff.ofDistinct(List.of(0, 1, 2), List.of(0, 9, 2)))
                .containsExactly(new Hunk(1, 2, 1, 2));
    }

    @Test
    void hunksOfBothDiffsRebuildTheSecondSequence() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<Integer> a = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                a.add(random.nextInt(round % 2 == 0 ? 5 : 1000));
            }
            List<Integer> b = new ArrayList<>(a);
            for (int edits = random.nextInt(6); edits > 0; edits--) {
                if (!b.isEmpty() && random.nextBoolean()) {
                    b.remove(random.nextInt(b.size()));
                } else {
                    b.add(random.nextInt(b.size() + 1), 1000 + random.nextInt(1000));
                }
            }
            assertThat(apply(a, b, SequenceDiff.of(a, b))).as("round %d", round).isEqualTo(b);
            if (a.stream().distinct().count() == a.size() && b.stream().distinct().count() == b.size()) {
                assertThat(apply(a, b, SequenceDiff.ofDistinct(a, b))).as("round %d", round).isEqualTo(b);
            }
        }
    }

    private static List<Integer> apply(List<Integer> a, List<Integer> b, List<Hunk> hunks) {
        List<Integer> out = new ArrayList<>();
        int at = 0;
        for (Hunk h : hunks) {
            out.addAll(a.subList(at, h.aStart()));
            out.addAll(b.subList(h.bStart(), h.bEnd()));
            at = h.aEnd();
        }
        out.addAll(a.subList(at, a.size()));
        return out;
    }
}
