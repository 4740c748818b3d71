package dev.hindsight.edit;

import dev.hindsight.compare.RowPaths;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The row commands shared by the timeline and the action-item table: insert, delete,
 * duplicate, move, replace one row, sort. Indices are positions in the list as stored. Comments
 * and recorded conflicts on rows follow their rows ({@link RowPaths}).
 */
public final class ListEdits<T> {
    public static final ListEdits<TimelineEntry> TIMELINE =
            new ListEdits<>("timeline", "Row", "Rows", Report::timeline, Report::withTimeline);
    public static final ListEdits<ActionItem> ACTION_ITEMS = new ListEdits<>("measures.actionItems", "Action Item",
            "Action Items", r -> r.measures().actionItems(),
            (r, items) -> r.withMeasures(r.measures().withActionItems(items)));

    private final String path;
    private final String noun;
    private final String nouns;
    private final Function<Report, List<T>> getter;
    private final BiFunction<Report, List<T>, Report> setter;

    private ListEdits(String path, String noun, String nouns, Function<Report, List<T>> getter,
                      BiFunction<Report, List<T>, Report> setter) {
        this.path = path;
        this.noun = noun;
        this.nouns = nouns;
        this.getter = getter;
        this.setter = setter;
    }

    public List<T> get(Report report) {
        return getter.apply(report);
    }

    private String count(int n) {
        return n == 1 ? noun : n + " " + nouns;
    }

    private Command edit(String description, Function<List<T>, List<T>> change) {
        return ReportEdit.of(description, r -> {
            List<T> before = getter.apply(r);
            List<T> after = change.apply(new ArrayList<>(before));
            return RowPaths.follow(setter.apply(r, after), path, moves(before, after));
        });
    }

    /** Where each row went, by identity (rows are immutable values kept by reference): -1 when it is gone. */
    private static <T> int[] moves(List<T> before, List<T> after) {
        Map<T, Integer> at = new IdentityHashMap<>();
        for (int i = after.size() - 1; i >= 0; i--) {
            at.put(after.get(i), i);
        }
        int[] out = new int[before.size()];
        for (int i = 0; i < before.size(); i++) {
            out[i] = at.getOrDefault(before.get(i), -1);
        }
        return out;
    }

    /** Inserts {@code items} before position {@code index} (the size appends). */
    public Command insert(int index, List<T> items, String verb) {
        List<T> copy = List.copyOf(items);
        return edit(verb + " " + count(copy.size()), list -> {
            list.addAll(Math.max(0, Math.min(index, list.size())), copy);
            return list;
        });
    }

    public Command delete(Collection<Integer> indices) {
        TreeSet<Integer> sorted = new TreeSet<>(indices);
        return edit("Delete " + count(sorted.size()), list -> {
            for (int i : sorted.descendingSet()) {
                if (i >= 0 && i < list.size()) {
                    list.remove(i);
                }
            }
            return list;
        });
    }

    /** Copies of the rows at {@code indices}, inserted after the last of them. */
    public Command duplicate(Collection<Integer> indices) {
        TreeSet<Integer> sorted = new TreeSet<>(indices);
        return edit("Duplicate " + count(sorted.size()), list -> {
            List<T> copies = sorted.stream().filter(i -> i < list.size()).map(list::get).toList();
            list.addAll(Math.min(sorted.last() + 1, list.size()), copies);
            return list;
        });
    }

    /** Moves each row at {@code indices} one place up ({@code delta} -1) or down (+1), as a block. */
    public Command move(Collection<Integer> indices, int delta) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(indices));
        return edit("Move " + count(sorted.size()) + (delta < 0 ? " Up" : " Down"), list -> {
            List<Integer> targets = moved(sorted, delta, list.size());
            if (targets.equals(sorted)) {
                return list;
            }
            List<T> picked = sorted.stream().map(list::get).toList();
            for (int i = sorted.size() - 1; i >= 0; i--) {
                list.remove((int) sorted.get(i));
            }
            for (int i = 0; i < targets.size(); i++) {
                list.add(targets.get(i), picked.get(i));
            }
            return list;
        });
    }

    /** Where rows at sorted {@code indices} end up after {@link #move}: the UI reselects them there. */
    public static List<Integer> moved(List<Integer> indices, int delta, int size) {
        if (indices.isEmpty()) {
            return indices;
        }
        int first = indices.get(0);
        int last = indices.get(indices.size() - 1);
        if (first + delta < 0 || last + delta >= size) {
            return indices;
        }
        return indices.stream().map(i -> i + delta).toList();
    }

    /** Replaces one row; typing in one cell merges under {@code mergeKey}. */
    public Command replace(int index, T item, String description, String mergeKey) {
        return new ReportEdit(description, mergeKey, r -> {
            List<T> list = new ArrayList<>(getter.apply(r));
            if (index < 0 || index >= list.size()) {
                return r;
            }
            list.set(index, item);
            return setter.apply(r, list);
        });
    }

    /** A stable sort; rows the comparator ranks equal keep their order. */
    public Command sort(Comparator<T> order, String description) {
        return edit(description, list -> {
            list.sort(order);
            return list;
        });
    }

    /** Replaces the whole list (an import). */
    public Command replaceAll(List<T> items, String description) {
        List<T> copy = List.copyOf(items);
        return edit(description, list -> new ArrayList<>(copy));
    }
}
