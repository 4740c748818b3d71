package dev.hindsight.compare;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.Extras;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and changes the value at a path of a report ({@code title}, {@code timeline[3].text},
 * {@code measures.actionItems[1]}, an unknown key), as JSON, along {@link ReportSchema}: what
 * resolving a conflict and taking theirs do. A value is read as the reader reads a file, so a
 * wrong one is refused with its path.
 */
public final class Places {
    private Places() {
    }

    /** What a change does to the value it reaches: the node describes it, {@code value} is what is there. */
    private interface Change {
        Object apply(Node<Object> node, Object value, String path) throws ReportFormatException;
    }

    /** The value at {@code path} as JSON; empty when there is no such place (a row past the end). */
    public static Optional<RawJson> get(Report report, String path) {
        return find(report, path).map(found -> found.node == null ? ValueCodecs.UNKNOWN.write(found.value)
                : found.node.write(found.value));
    }

    /** The text at {@code path} when it is a string field (prose, a title, a row's text). */
    public static Optional<String> text(Report report, String path) {
        return find(report, path).filter(found -> found.value instanceof String).map(found -> (String) found.value);
    }

    /** The number of rows of the list at {@code path}; 0 when there is no list there. */
    public static int size(Report report, String path) {
        return find(report, path).filter(found -> found.value instanceof List).map(found -> ((List<?>) found.value).size())
                .orElse(0);
    }

    /**
     * The same place in the other rows of the list ({@code timeline[k].text} for every k but the
     * place's own row), the row nearest to it first, the earlier of two as near.
     */
    public static List<String> inOtherRows(Report report, Paths.RowPlace place) {
        int size = size(report, place.list());
        List<String> out = new ArrayList<>(size);
        long at = place.index();
        long before = Math.min(at, size) - 1;
        long after = at + 1;
        while (before >= 0 || after < size) {
            boolean takeBefore = after >= size || before >= 0 && at - before <= after - at;
            long k = takeBefore ? before-- : after++;
            out.add(place.at((int) k).path());
        }
        return out;
    }

    /** Whether the path names a row of a list rather than a value. */
    public static boolean isRow(String path) {
        List<Paths.Step> steps = Paths.parse(path);
        return !steps.isEmpty() && steps.get(steps.size() - 1).isIndex();
    }

    /** Whether the path names an unknown key (one this version does not know) rather than a known place. */
    public static boolean isUnknownKey(String path) {
        List<Paths.Step> steps = Paths.parse(path);
        if (steps.isEmpty() || steps.get(steps.size() - 1).isIndex()) {
            return false;
        }
        Node<?> node = ReportSchema.REPORT;
        for (int i = 0; i < steps.size(); i++) {
            Paths.Step step = steps.get(i);
            if (node instanceof Struct<?> struct && !step.isIndex()) {
                Optional<? extends Member<?, ?>> member = struct.member(step.key());
                if (member.isEmpty()) {
                    return i == steps.size() - 1;
                }
                node = member.get().node();
            } else if (node instanceof Rows<?> rows && step.isIndex()) {
                node = rows.element();
            } else {
                return false;
            }
        }
        return false;
    }

    /** The unknown key at {@code path} removed. */
    @SuppressWarnings("unchecked")
    public static Report removeKey(Report report, String path) throws ReportFormatException {
        List<Paths.Step> steps = steps(path);
        Paths.Step last = steps.get(steps.size() - 1);
        if (!isUnknownKey(path)) {
            throw refusal(path, "is not an unknown key, which alone can be removed");
        }
        return update(report, steps.subList(0, steps.size() - 1), (node, parent, at) -> {
            Struct<Object> struct = (Struct<Object>) (Node<?>) node;
            Map<String, Object> members = new LinkedHashMap<>(struct.extras(parent).members());
            members.remove(last.key());
            return struct.withExtras(parent, Extras.of(members));
        });
    }

    /** The value at {@code path} replaced by {@code value}. */
    public static Report set(Report report, String path, RawJson value) throws ReportFormatException {
        List<Paths.Step> steps = steps(path);
        Paths.Step last = steps.get(steps.size() - 1);
        if (!last.isIndex()) {
            return update(report, steps.subList(0, steps.size() - 1), (node, parent, at) -> {
                if (node instanceof Struct<Object> struct && struct.member(last.key()).isEmpty()) {
                    return withUnknown(struct, parent, last.key(), value, Paths.member(at, last.key()));
                }
                return replaceMember(node, parent, last.key(), value, Paths.member(at, last.key()));
            });
        }
        return update(report, steps, (node, current, at) -> node.read(value, at));
    }

    /** {@code row} inserted into the list at {@code listPath} before position {@code index} (the size appends). */
    public static Report insert(Report report, String listPath, int index, RawJson row) throws ReportFormatException {
        return update(report, steps(listPath), (node, list, at) -> {
            List<Object> copy = new ArrayList<>((List<?>) list);
            if (index < 0 || index > copy.size()) {
                throw refusal(at, "there is no position " + index + " in a list of " + copy.size());
            }
            copy.add(index, rows(node, at).element().read(row, Paths.index(at, index)));
            return copy;
        });
    }

    /** The list at {@code listPath} without its row {@code index}. */
    public static Report remove(Report report, String listPath, int index) throws ReportFormatException {
        return update(report, steps(listPath), (node, list, at) -> {
            List<Object> copy = new ArrayList<>((List<?>) list);
            if (index < 0 || index >= copy.size()) {
                throw refusal(Paths.index(at, index), "there is no such row");
            }
            copy.remove(index);
            return copy;
        });
    }

    /** Row {@code from} of the list at {@code listPath} moved to position {@code to}, counted without it. */
    public static Report move(Report report, String listPath, int from, int to) throws ReportFormatException {
        return update(report, steps(listPath), (node, list, at) -> {
            List<Object> copy = new ArrayList<>((List<?>) list);
            if (from < 0 || from >= copy.size() || to < 0 || to >= copy.size()) {
                throw refusal(at, "cannot move row " + from + " to " + to + " in a list of " + copy.size());
            }
            copy.add(to, copy.remove(from));
            return copy;
        });
    }

    private record Found(Node<Object> node, Object value) {
    }

    @SuppressWarnings("unchecked")
    private static Optional<Found> find(Report report, String path) {
        List<Paths.Step> steps = Paths.parse(path);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        Node<Object> node = (Node<Object>) (Node<?>) ReportSchema.REPORT;
        Object value = report;
        for (Paths.Step step : steps) {
            if (node instanceof Struct<Object> struct && !step.isIndex()) {
                Optional<Member<Object, ?>> member = struct.member(step.key());
                if (member.isPresent()) {
                    value = member.get().get().apply(value);
                    node = (Node<Object>) member.get().node();
                } else {
                    value = struct.extras(value).members().get(step.key());
                    node = null;
                    if (value == null) {
                        return Optional.empty();
                    }
                }
            } else if ((Node<?>) node instanceof Rows<?> rows && step.isIndex()) {
                List<?> list = (List<?>) value;
                if (step.index() >= list.size()) {
                    return Optional.empty();
                }
                value = list.get(step.index());
                node = (Node<Object>) rows.element();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(node, value));
    }

    /** The report with the value at {@code steps} replaced by what {@code change} makes of it. */
    @SuppressWarnings("unchecked")
    private static Report update(Report report, List<Paths.Step> steps, Change change) throws ReportFormatException {
        return (Report) update((Node<Object>) (Node<?>) ReportSchema.REPORT, report, steps, 0, "", change);
    }

    @SuppressWarnings("unchecked")
    private static Object update(Node<Object> node, Object value, List<Paths.Step> steps, int k, String at,
                                 Change change) throws ReportFormatException {
        if (k == steps.size()) {
            return change.apply(node, value, at);
        }
        Paths.Step step = steps.get(k);
        if (node instanceof Struct<Object> struct && !step.isIndex()) {
            Member<Object, Object> member = (Member<Object, Object>) struct.member(step.key())
                    .orElseThrow(() -> refusal(Paths.member(at, step.key()), "there is no such place in a report"));
            String next = Paths.member(at, step.key());
            Object child = update(member.node(), member.get().apply(value), steps, k + 1, next, change);
            return member.set().apply(value, child);
        }
        if ((Node<?>) node instanceof Rows<?> rows && step.isIndex()) {
            List<Object> list = new ArrayList<>((List<?>) value);
            String next = Paths.index(at, step.index());
            if (step.index() >= list.size()) {
                throw refusal(next, "there is no such row");
            }
            list.set(step.index(), update((Node<Object>) rows.element(), list.get(step.index()), steps, k + 1, next,
                    change));
            return list;
        }
        throw refusal(Paths.format(steps.subList(0, k + 1), ""), "there is no such place in a report");
    }

    @SuppressWarnings("unchecked")
    private static Object replaceMember(Node<Object> node, Object parent, String key, RawJson value, String path)
            throws ReportFormatException {
        if (!(node instanceof Struct<Object> struct)) {
            throw refusal(path, "there is no such place in a report");
        }
        Member<Object, Object> member = (Member<Object, Object>) struct.member(key).orElseThrow();
        return member.set().apply(parent, member.node().read(value, path));
    }

    private static Object withUnknown(Struct<Object> struct, Object parent, String key, RawJson value, String path)
            throws ReportFormatException {
        Map<String, Object> members = new LinkedHashMap<>(struct.extras(parent).members());
        members.put(key, ValueCodecs.UNKNOWN.read(value, path));
        return struct.withExtras(parent, Extras.of(members));
    }

    private static Rows<?> rows(Node<Object> node, String at) throws ReportFormatException {
        if ((Node<?>) node instanceof Rows<?> rows) {
            return rows;
        }
        throw refusal(at, "is not a list");
    }

    private static List<Paths.Step> steps(String path) throws ReportFormatException {
        List<Paths.Step> steps = Paths.parse(path);
        if (steps.isEmpty()) {
            throw refusal(path, "is not a path such as timeline[3].text");
        }
        return steps;
    }

    private static ReportFormatException refusal(String path, String problem) {
        return ReportFormatException.of("the report", path, problem);
    }
}
