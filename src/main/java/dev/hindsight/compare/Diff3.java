package dev.hindsight.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A three-way merge of sequences in the way of diff3: the changes from base to ours and from
 * base to theirs are laid over the base; changes that touch or overlap form one region, which is
 * a conflict unless both sides made it the same. Changes with an unchanged element between them
 * combine. Used for the lines of prose and for the order of rows.
 */
final class Diff3 {
    private Diff3() {
    }

    /**
     * A stretch of the merge. When {@code conflict} is false, {@code merged()} is its result:
     * the base where neither side changed it, else the side that changed it (both, the same way).
     */
    record Chunk<T>(List<T> base, List<T> ours, List<T> theirs, boolean conflict) {
        List<T> merged() {
            return ours.equals(base) ? theirs : ours;
        }
    }

    /** Merges with {@code diff} finding the hunks from base to each side. */
    static <T> List<Chunk<T>> merge(List<T> base, List<T> ours, List<T> theirs,
                                    BiFunction<List<T>, List<T>, List<Hunk>> diff) {
        List<Hunk> toOurs = diff.apply(base, ours);
        List<Hunk> toTheirs = diff.apply(base, theirs);
        List<Chunk<T>> out = new ArrayList<>();
        int o = 0;
        int t = 0;
        int at = 0;
        while (o < toOurs.size() || t < toTheirs.size()) {
            int start = Math.min(o < toOurs.size() ? toOurs.get(o).aStart() : Integer.MAX_VALUE,
                    t < toTheirs.size() ? toTheirs.get(t).aStart() : Integer.MAX_VALUE);
            if (start > at) {
                List<T> same = base.subList(at, start);
                out.add(new Chunk<>(same, same, same, false));
            }
            // Gather every hunk of either side that overlaps or touches the region as it grows.
            int end = start;
            int o0 = o;
            int t0 = t;
            boolean grew = true;
            while (grew) {
                grew = false;
                if (o < toOurs.size() && toOurs.get(o).aStart() <= end) {
                    end = Math.max(end, toOurs.get(o++).aEnd());
                    grew = true;
                }
                if (t < toTheirs.size() && toTheirs.get(t).aStart() <= end) {
                    end = Math.max(end, toTheirs.get(t++).aEnd());
                    grew = true;
                }
            }
            List<T> baseSlice = base.subList(start, end);
            List<T> oursSlice = slice(ours, baseSlice, toOurs.subList(o0, o), start, end);
            List<T> theirsSlice = slice(theirs, baseSlice, toTheirs.subList(t0, t), start, end);
            boolean both = o > o0 && t > t0;
            out.add(new Chunk<>(baseSlice, oursSlice, theirsSlice, both && !oursSlice.equals(theirsSlice)));
            at = end;
        }
        if (at < base.size()) {
            List<T> same = base.subList(at, base.size());
            out.add(new Chunk<>(same, same, same, false));
        }
        return out;
    }

    /** What a side has in place of {@code base[start, end)}, given its hunks inside that range. */
    private static <T> List<T> slice(List<T> side, List<T> baseSlice, List<Hunk> hunks, int start, int end) {
        if (hunks.isEmpty()) {
            return baseSlice;
        }
        Hunk first = hunks.get(0);
        Hunk last = hunks.get(hunks.size() - 1);
        int from = first.bStart() - (first.aStart() - start);
        int to = last.bEnd() + (end - last.aEnd());
        return side.subList(from, to);
    }
}
