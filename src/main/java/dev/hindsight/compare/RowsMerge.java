package dev.hindsight.compare;

import dev.hindsight.model.RawJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three-way merge of one list. Rows are matched base↔ours and base↔theirs by content; every
 * row gets an identity (a base row's, or a new one for an added row, shared when both sides
 * added the same row), and the order of identities is merged like lines (diff3), so that
 * insertions, deletions and moves on either side combine. Where both sides moved rows
 * differently ours' order wins; no row is lost to ordering. Then each row is kept or dropped:
 * <ul>
 * <li>both kept it: its parts are merged;</li>
 * <li>one deleted it, the other left it as it was: it is gone;</li>
 * <li>one deleted it, the other changed it: a conflict on the row; ours holds (the row is there
 * when ours changed it, gone when ours deleted it) and the record keeps base, ours and theirs.</li>
 * </ul>
 */
final class RowsMerge<T> {
    private final Merger merger;
    private final Rows<T> rows;
    private final String path;
    private final List<T> b;
    private final List<T> o;
    private final List<T> t;
    private final Matching toOurs;
    private final Matching toTheirs;
    private final int[] oursIds;
    private final int[] theirsIds;
    /** For an added row both sides have: ours' index by id. */
    private final Map<Integer, Integer> addedByBoth = new HashMap<>();

    RowsMerge(Merger merger, Rows<T> rows, String path, List<T> b, List<T> o, List<T> t) {
        this.merger = merger;
        this.rows = rows;
        this.path = path;
        this.b = b;
        this.o = o;
        this.t = t;
        toOurs = rows.match(b, o);
        toTheirs = rows.match(b, t);
        oursIds = new int[o.size()];
        theirsIds = new int[t.size()];
        identify();
    }

    /** Base rows are 0..n-1; rows ours added follow; rows theirs added after them, unless ours added the same. */
    private void identify() {
        int n = b.size();
        List<Integer> oursAdded = new ArrayList<>();
        for (int k = 0; k < o.size(); k++) {
            oursIds[k] = toOurs.bMatched(k) ? toOurs.bToA[k] : n + k;
            if (!toOurs.bMatched(k)) {
                oursAdded.add(k);
            }
        }
        List<Integer> theirsAdded = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            theirsIds[k] = toTheirs.bMatched(k) ? toTheirs.bToA[k] : n + o.size() + k;
            if (!toTheirs.bMatched(k)) {
                theirsAdded.add(k);
            }
        }
        Matching same = rows.matchAdded(oursAdded.stream().map(o::get).toList(),
                theirsAdded.stream().map(t::get).toList());
        for (int x = 0; x < oursAdded.size(); x++) {
            if (same.aMatched(x)) {
                int ours = oursAdded.get(x);
                theirsIds[theirsAdded.get(same.aToB[x])] = oursIds[ours];
                addedByBoth.put(oursIds[ours], ours);
            }
        }
    }

    List<T> merge() {
        List<Integer> order = order();
        int n = b.size();
        Map<Integer, Integer> oursAt = indexOf(oursIds);
        Map<Integer, Integer> theirsAt = indexOf(theirsIds);
        // Which rows stay, and the rows deleted on one side but changed on the other.
        Set<Integer> kept = new LinkedHashSet<>();
        List<Integer> lostEdits = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            boolean inOurs = toOurs.aMatched(id);
            boolean inTheirs = toTheirs.aMatched(id);
            if (inOurs && inTheirs) {
                kept.add(id);
            } else if (inOurs && !Merger.same(rows.element(), b.get(id), o.get(toOurs.aToB[id]))) {
                kept.add(id);
            } else if (inTheirs && !Merger.same(rows.element(), b.get(id), t.get(toTheirs.aToB[id]))) {
                lostEdits.add(id);
            }
        }
        order.removeIf(id -> id < n && !kept.contains(id));
        // Rows that stay but are not in the order yet go after the row before them on their side:
        // ours' place for a row ours kept, each side's for the rows it added.
        order = withMissing(order, oursIds, id -> id < n ? kept.contains(id) : true);
        order = withMissing(order, theirsIds, id -> id >= n);
        List<T> merged = new ArrayList<>(order.size());
        Map<Integer, Integer> position = new HashMap<>();
        for (int at = 0; at < order.size(); at++) {
            position.put(order.get(at), at);
            merged.add(row(order.get(at), Paths.index(path, at), oursAt, theirsAt));
        }
        // A row ours deleted and theirs changed is not there; its conflict names where theirs has it.
        Set<Integer> lost = new HashSet<>(lostEdits);
        int after = 0;
        for (int k = 0; k < t.size(); k++) {
            int id = theirsIds[k];
            Integer at = position.get(id);
            if (at != null) {
                after = at + 1;
            } else if (lost.contains(id)) {
                merger.conflict(Paths.index(path, after), 0, rows.element().write(b.get(id)), RawJson.NULL,
                        rows.element().write(t.get(k)));
            }
        }
        merger.rememberRows(path, new int[][] {positions(n, id -> id, position),
            positions(o.size(), k -> oursIds[k], position), positions(t.size(), k -> theirsIds[k], position)});
        return merged;
    }

    /** The merged order of identities, ours' where both reordered the same stretch differently. */
    private List<Integer> order() {
        List<Integer> base = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            base.add(i);
        }
        List<Integer> ids = new ArrayList<>();
        List<Boolean> fromTheirsOnly = new ArrayList<>();
        for (Diff3.Chunk<Integer> chunk : Diff3.merge(base, box(oursIds), box(theirsIds), SequenceDiff::ofDistinct)) {
            if (chunk.conflict()) {
                add(ids, fromTheirsOnly, chunk.ours(), false);
                add(ids, fromTheirsOnly, chunk.theirs(), true);
            } else {
                boolean theirsChanged = chunk.ours().equals(chunk.base()) && !chunk.theirs().equals(chunk.base());
                add(ids, fromTheirsOnly, chunk.merged(), theirsChanged);
            }
        }
        return new ArrayList<>(Merger.distinct(ids, fromTheirsOnly));
    }

    private static void add(List<Integer> ids, List<Boolean> flags, List<Integer> more, boolean flag) {
        ids.addAll(more);
        more.forEach(x -> flags.add(flag));
    }

    private T row(int id, String at, Map<Integer, Integer> oursAt, Map<Integer, Integer> theirsAt) {
        int n = b.size();
        Integer ours = oursAt.get(id);
        Integer theirs = theirsAt.get(id);
        Node<T> element = rows.element();
        if (id < n) {
            if (ours != null && theirs != null) {
                return merger.node(element, at, b.get(id), o.get(ours), t.get(theirs));
            }
            // Kept though theirs deleted it: ours changed it.
            merger.conflict(at, 0, element.write(b.get(id)), element.write(o.get(ours)), RawJson.NULL);
            return o.get(ours);
        }
        if (ours == null) {
            return t.get(theirs);
        }
        if (theirs != null && !Merger.same(element, o.get(ours), t.get(theirs))) {
            // Both added a row with the same key (a comment's id) and different content.
            merger.conflict(at, 0, RawJson.NULL, element.write(o.get(ours)), element.write(t.get(theirs)));
        }
        return o.get(ours);
    }

    /**
     * {@code order} with the side's rows that {@code wanted} and that are not in it, each after the
     * nearest row before it on that side that is in it (at the start when there is none).
     */
    private static List<Integer> withMissing(List<Integer> order, int[] sideIds,
                                             java.util.function.IntPredicate wanted) {
        Set<Integer> present = new HashSet<>(order);
        List<Integer> atStart = new ArrayList<>();
        Map<Integer, List<Integer>> after = new HashMap<>();
        Integer last = null;
        for (int id : sideIds) {
            if (present.contains(id)) {
                last = id;
            } else if (wanted.test(id)) {
                (last == null ? atStart : after.computeIfAbsent(last, x -> new ArrayList<>())).add(id);
            }
        }
        if (atStart.isEmpty() && after.isEmpty()) {
            return order;
        }
        List<Integer> out = new ArrayList<>(atStart);
        for (int id : order) {
            out.add(id);
            out.addAll(after.getOrDefault(id, List.of()));
        }
        return out;
    }

    private static Map<Integer, Integer> indexOf(int[] ids) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int k = 0; k < ids.length; k++) {
            at.put(ids[k], k);
        }
        return at;
    }

    private static int[] positions(int size, java.util.function.IntUnaryOperator id, Map<Integer, Integer> position) {
        int[] out = new int[size];
        Arrays.setAll(out, k -> position.getOrDefault(id.applyAsInt(k), -1));
        return out;
    }

    private static List<Integer> box(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
