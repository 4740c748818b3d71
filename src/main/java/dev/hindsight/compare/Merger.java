package dev.hindsight.compare;

import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of values along {@link ReportSchema}. Where both sides changed a place
 * differently it keeps ours and records a {@link MergeConflict} with the three sides; paths
 * name places in the merged report. It remembers, for every list, where each row of each side
 * ended up ({@link #rowMap}), so that paths into rows (comments, older conflicts) can follow them.
 */
final class Merger {
    static final int BASE = 0;
    static final int OURS = 1;
    static final int THEIRS = 2;

    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final Map<String, int[][]> rowMaps = new HashMap<>();

    List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** For the list at {@code path}: side ({@link #BASE}, {@link #OURS}, {@link #THEIRS}) and row → merged row, or -1. */
    int[][] rowMap(String path) {
        return rowMaps.get(path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <T> T node(Node<T> node, String path, T b, T o, T t) {
        if (node instanceof Scalar<T> scalar) {
            return scalar(scalar, path, b, o, t);
        } else if (node instanceof Prose) {
            return (T) prose(path, (String) b, (String) o, (String) t);
        } else if (node instanceof Struct<T> struct) {
            return struct(struct, path, b, o, t);
        }
        return (T) rows((Rows) node, path, (List) b, (List) o, (List) t);
    }

    private <T> T scalar(Scalar<T> scalar, String path, T b, T o, T t) {
        if (scalar.same(o, t) || scalar.same(b, t)) {
            return o;
        }
        if (scalar.same(b, o)) {
            return t;
        }
        if (scalar.whenBothChanged() != null) {
            return scalar.whenBothChanged().apply(o, t);
        }
        conflict(path, 0, scalar.write(b), scalar.write(o), scalar.write(t));
        return o;
    }

    private String prose(String path, String b, String o, String t) {
        if (o.equals(t) || b.equals(t)) {
            return o;
        }
        if (b.equals(o)) {
            return t;
        }
        List<String> merged = new ArrayList<>();
        for (Diff3.Chunk<String> chunk : Diff3.merge(Prose.lines(b), Prose.lines(o), Prose.lines(t), SequenceDiff::of)) {
            if (chunk.conflict()) {
                conflict(path, merged.size() + 1, block(chunk.base()), block(chunk.ours()), block(chunk.theirs()));
                merged.addAll(chunk.ours());
            } else {
                merged.addAll(chunk.merged());
            }
        }
        return Prose.text(merged);
    }

    private static RawJson block(List<String> lines) {
        return ValueCodecs.STRING.write(Prose.block(lines));
    }

    private <T> T struct(Struct<T> struct, String path, T b, T o, T t) {
        T result = o;
        for (Member<T, ?> m : struct.members()) {
            result = member(m, path, b, o, t, result);
        }
        return struct.withExtras(result, extras(path, struct.extras(b), struct.extras(o), struct.extras(t)));
    }

    /** {@code into} with the member merged from the three sides. */
    <T, V> T member(Member<T, V> m, String prefix, T b, T o, T t, T into) {
        V merged = node(m.node(), Paths.member(prefix, m.key()), m.get().apply(b), m.get().apply(o), m.get().apply(t));
        return m.set().apply(into, merged);
    }

    /** Unknown keys, key by key: ours' keys in their order, then the keys only theirs added. */
    Extras extras(String path, Extras b, Extras o, Extras t) {
        if (o.equals(t) || b.equals(t)) {
            return o;
        }
        if (b.equals(o)) {
            return t;
        }
        Set<String> keys = new java.util.LinkedHashSet<>(o.members().keySet());
        keys.addAll(t.members().keySet());
        keys.addAll(b.members().keySet());
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String key : keys) {
            Object vb = b.members().get(key);
            Object vo = o.members().get(key);
            Object vt = t.members().get(key);
            Object value;
            if (Objects.equals(vo, vt) || Objects.equals(vb, vt)) {
                value = vo;
            } else if (Objects.equals(vb, vo)) {
                value = vt;
            } else {
                conflict(Paths.member(path, key), 0, unknown(vb), unknown(vo), unknown(vt));
                value = vo;
            }
            if (value != null) {
                merged.put(key, value);
            }
        }
        return Extras.of(merged);
    }

    private static RawJson unknown(Object value) {
        return value == null ? RawJson.NULL : ValueCodecs.UNKNOWN.write(value);
    }

    private <T> List<T> rows(Rows<T> rows, String path, List<T> b, List<T> o, List<T> t) {
        return new RowsMerge<>(this, rows, path, b, o, t).merge();
    }

    void rememberRows(String path, int[][] maps) {
        rowMaps.put(path, maps);
    }

    void conflict(String path, int line, RawJson base, RawJson ours, RawJson theirs) {
        conflicts.add(new MergeConflict(path, line, base, ours, theirs, Extras.NONE));
    }

    static <T> boolean same(Node<T> node, T a, T b) {
        return node instanceof Scalar<T> scalar ? scalar.same(a, b) : Objects.equals(a, b);
    }

    /** Removes later repeats of an element, keeping the occurrence {@code preferred} says, else the first. */
    static List<Integer> distinct(List<Integer> ids, List<Boolean> weak) {
        Map<Integer, Integer> strongCount = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            if (!weak.get(k)) {
                strongCount.merge(ids.get(k), 1, Integer::sum);
            }
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            int id = ids.get(k);
            if (weak.get(k) && strongCount.containsKey(id)) {
                continue;
            }
            if (seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
