package dev.hindsight.compare;

import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.Extras;
import dev.hindsight.model.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks two reports along {@link ReportSchema} and lists their differences in the order of the report. */
final class Differ {
    private final List<Difference> out = new ArrayList<>();

    private Differ() {
    }

    static <T> List<Difference> of(Struct<T> root, T a, T b) {
        Differ differ = new Differ();
        differ.struct(root, "", "", a, b);
        return differ.out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> void node(Node<T> node, String path, String theirsPath, T a, T b) {
        if (node instanceof Scalar<T> scalar) {
            if (!scalar.same(a, b)) {
                out.add(Difference.of(path, theirsPath, Change.CHANGED, scalar.shown(a), scalar.shown(b)));
            }
        } else if (node instanceof Prose) {
            prose(path, theirsPath, (String) a, (String) b);
        } else if (node instanceof Struct<T> struct) {
            struct(struct, path, theirsPath, a, b);
        } else {
            rows((Rows) node, path, theirsPath, (List) a, (List) b);
        }
    }

    private <T> void struct(Struct<T> struct, String path, String theirsPath, T a, T b) {
        if (a.equals(b)) {
            return;
        }
        for (Member<T, ?> m : struct.members()) {
            member(m, path, theirsPath, a, b);
        }
        extras(path, theirsPath, struct.extras(a), struct.extras(b));
    }

    private <T, V> void member(Member<T, V> m, String prefix, String theirsPrefix, T a, T b) {
        node(m.node(), Paths.member(prefix, m.key()), Paths.member(theirsPrefix, m.key()), m.get().apply(a),
                m.get().apply(b));
    }

    private void extras(String path, String theirsPath, Extras a, Extras b) {
        for (Map.Entry<String, Object> e : a.members().entrySet()) {
            Object theirs = b.members().get(e.getKey());
            String at = Paths.member(path, e.getKey());
            if (theirs == null) {
                out.add(Difference.of(at, "", Change.REMOVED, ValueCodecs.UNKNOWN.write(e.getValue()), RawJson.NULL));
            } else if (!theirs.equals(e.getValue())) {
                out.add(Difference.of(at, Paths.member(theirsPath, e.getKey()), Change.CHANGED,
                        ValueCodecs.UNKNOWN.write(e.getValue()), ValueCodecs.UNKNOWN.write(theirs)));
            }
        }
        for (Map.Entry<String, Object> e : b.members().entrySet()) {
            if (!a.members().containsKey(e.getKey())) {
                String at = Paths.member(path, e.getKey());
                out.add(Difference.of(at, Paths.member(theirsPath, e.getKey()), Change.ADDED, RawJson.NULL,
                        ValueCodecs.UNKNOWN.write(e.getValue())));
            }
        }
    }

    private void prose(String path, String theirsPath, String a, String b) {
        if (a.equals(b)) {
            return;
        }
        List<String> la = Prose.lines(a);
        List<String> lb = Prose.lines(b);
        for (Hunk h : SequenceDiff.of(la, lb)) {
            Change change = h.isInsertion() ? Change.ADDED : h.isDeletion() ? Change.REMOVED : Change.CHANGED;
            RawJson ours = h.isInsertion() ? RawJson.NULL
                    : ValueCodecs.STRING.write(Prose.text(la.subList(h.aStart(), h.aEnd())));
            RawJson theirs = h.isDeletion() ? RawJson.NULL
                    : ValueCodecs.STRING.write(Prose.text(lb.subList(h.bStart(), h.bEnd())));
            out.add(new Difference(path, theirsPath, change, ours, theirs, h.aStart() + 1, h.bStart() + 1, -1));
        }
    }

    private <T> void rows(Rows<T> rows, String path, String theirsPath, List<T> a, List<T> b) {
        if (a.equals(b)) {
            return;
        }
        Matching m = rows.match(a, b);
        boolean[] moved = m.moved();
        Node<T> element = rows.element();
        // Rows only theirs has come before the row of ours they would be inserted before.
        List<int[]> added = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (!m.bMatched(j)) {
                added.add(new int[] {insertionPoint(m, j), j});
            }
        }
        added.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int next = 0;
        for (int i = 0; i <= a.size(); i++) {
            String at = Paths.index(path, i);
            boolean removed = i < a.size() && !m.aMatched(i);
            if (removed) {
                // A row replaced by others reads as a diff does: what went, then what came.
                out.add(Difference.of(at, "", Change.REMOVED, element.shown(a.get(i)), RawJson.NULL));
            }
            for (; next < added.size() && added.get(next)[0] <= i; next++) {
                int j = added.get(next)[1];
                out.add(new Difference(Paths.index(theirsPath, j), Paths.index(theirsPath, j), Change.ADDED,
                        RawJson.NULL, element.shown(b.get(j)), 0, 0, added.get(next)[0]));
            }
            if (i == a.size() || removed) {
                continue;
            }
            int partner = m.aToB[i];
            String theirsAt = Paths.index(theirsPath, partner);
            if (moved[i]) {
                out.add(new Difference(at, theirsAt, Change.MOVED, new RawJson(Integer.toString(i)),
                        new RawJson(Integer.toString(partner)), 0, 0, moveTarget(m, i, partner)));
            }
            node(element, at, theirsAt, a.get(i), b.get(partner));
        }
    }

    /** Where in ours a row only theirs has goes: after ours' copy of the nearest row before it in theirs. */
    private static int insertionPoint(Matching m, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (m.bMatched(k)) {
                return m.bToA[k] + 1;
            }
        }
        return 0;
    }

    /** Where ours' row i goes when it takes theirs' place j, counted in ours without the row. */
    private static int moveTarget(Matching m, int i, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (m.bMatched(k)) {
                int p = m.bToA[k];
                return (p > i ? p - 1 : p) + 1;
            }
        }
        return 0;
    }
}
