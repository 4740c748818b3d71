package dev.hindsight.ui.actions;

import dev.hindsight.edit.Command;
import dev.hindsight.edit.ListEdits;
import dev.hindsight.edit.ReportEdit;
import dev.hindsight.input.ParseResult;
import dev.hindsight.input.TypedDates;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.ActionCounts;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Code;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.ui.support.ListSync;
import dev.hindsight.ui.window.DocumentViewModel;
import dev.hindsight.ui.window.TextFieldViewModel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The action-item table's state and edits, and the details of the selected item. */
public final class ActionItemsViewModel {
    private static final ListEdits<ActionItem> ITEMS = ListEdits.ACTION_ITEMS;

    /** The orders the table can be sorted in (each sort is an undoable edit of the report). */
    public enum SortOrder {
        PRIORITY("Priority", Comparator.comparing(ActionItem::priority, byKnown(Priority.KNOWN))),
        DUE("Due date", Comparator.comparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder()))),
        STATUS("Status", Comparator.comparing(ActionItem::status, byKnown(ActionStatus.KNOWN))),
        OWNER("Owner", Comparator.comparing((ActionItem a) -> a.owner().isBlank())
                .thenComparing(a -> a.owner().toLowerCase(java.util.Locale.ROOT)));

        private final String label;
        private final Comparator<ActionItem> order;

        SortOrder(String label, Comparator<ActionItem> order) {
            this.label = label;
            this.order = order;
        }

        public String label() {
            return label;
        }
    }

    private final DocumentViewModel doc;
    private final ObservableList<ActionItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final TextFieldViewModel details;

    public ActionItemsViewModel(DocumentViewModel doc) {
        this.doc = doc;
        refresh(doc.current());
        doc.report().addListener((o, before, after) -> refresh(after));
        details = new TextFieldViewModel(doc, r -> item(r, selected.get()).map(ActionItem::details).orElse(""),
                text -> edit(selected.get(), a -> a.withDetails(text), "Typing in Details", "details"),
                Bindings.createStringBinding(() -> selected.get() < 0 ? "Select an action item to edit its details"
                        : "Details in Markdown: what exactly, why, how we will know it is done", selected));
        selected.addListener((o, a, b) -> {
            doc.endMerging();
            details.resync();
        });
        details.place().bind(Bindings.createStringBinding(() -> selected.get() < 0 ? ""
                : "measures.actionItems[" + selected.get() + "].details", selected));
    }

    private void refresh(Report report) {
        List<ActionItem> list = report.measures().actionItems();
        ListSync.update(items, list);
        counts.set(counts(ActionCounts.of(list)));
    }

    private static String counts(ActionCounts counts) {
        return counts.byStatus().entrySet().stream()
                .filter(e -> e.getKey().isKnown() || e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" \u00b7 "));
    }

    private static <C extends Code> Comparator<C> byKnown(List<C> known) {
        return Comparator.nullsLast(Comparator.comparingInt(c -> known.contains(c) ? known.indexOf(c) : known.size()));
    }

    private static Optional<ActionItem> item(Report report, int index) {
        List<ActionItem> list = report.measures().actionItems();
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }

    private Command edit(int index, UnaryOperator<ActionItem> change, String description, String mergeKey) {
        return new ReportEdit(description, mergeKey == null ? null : mergeKey + ":" + index,
                r -> item(r, index).map(a -> ITEMS.replace(index, change.apply(a), description, null).apply(r)).orElse(r));
    }

    private void change(int index, UnaryOperator<ActionItem> change, String description) {
        doc.endMerging();
        doc.execute(edit(index, change, description, null));
    }

    public ObservableList<ActionItem> items() {
        return items;
    }

    public ReadOnlyStringProperty counts() {
        return counts.getReadOnlyProperty();
    }

    public IntegerProperty selected() {
        return selected;
    }

    public TextFieldViewModel details() {
        return details;
    }

    public ParseResult<String> setTitle(int index, String text) {
        change(index, a -> a.withTitle(text), "Edit Action Title");
        return ParseResult.ok("");
    }

    public ParseResult<String> setOwner(int index, String text) {
        change(index, a -> a.withOwner(text.strip()), "Edit Owner");
        return ParseResult.ok("");
    }

    public ParseResult<String> setLink(int index, String text) {
        String link = text.strip();
        change(index, a -> a.withLink(link), "Edit Ticket Link");
        return ParseResult.ok(link.isEmpty() || Markdown.isSafeLink(link) ? ""
                : "Saved; only http, https and mailto links can be opened from Hindsight");
    }

    public ParseResult<String> setDue(int index, String text) {
        if (text.isBlank()) {
            change(index, a -> a.withDue(null), "Clear Due Date");
            return ParseResult.ok("");
        }
        ParseResult<LocalDate> due = TypedDates.parse(text);
        if (!due.isOk()) {
            return ParseResult.error(due.error().orElseThrow());
        }
        change(index, a -> a.withDue(due.value()), "Change Due Date");
        return ParseResult.ok("");
    }

    public void setType(int index, ActionType type) {
        change(index, a -> a.withType(type), "Change Type");
    }

    public void setPriority(int index, Priority priority) {
        change(index, a -> a.withPriority(priority), "Change Priority");
    }

    public void setStatus(int index, ActionStatus status) {
        change(index, a -> a.withStatus(status), "Change Status");
    }

    public int add() {
        int index = items.size();
        doc.endMerging();
        doc.execute(ITEMS.insert(index, List.of(ActionItem.blank()), "Add"));
        return index;
    }

    public int delete(List<Integer> indices) {
        if (indices.isEmpty()) {
            return -1;
        }
        int first = indices.stream().min(Integer::compare).orElseThrow();
        doc.endMerging();
        doc.execute(ITEMS.delete(indices));
        return Math.min(first, items.size() - 1);
    }

    public List<Integer> move(List<Integer> indices, int delta) {
        List<Integer> sorted = indices.stream().sorted().toList();
        List<Integer> target = ListEdits.moved(sorted, delta, items.size());
        if (!target.equals(sorted)) {
            doc.endMerging();
            doc.execute(ITEMS.move(sorted, delta));
        }
        return target;
    }

    public void sort(SortOrder order) {
        doc.endMerging();
        doc.execute(ITEMS.sort(order.order, "Sort Action Items by " + order.label()));
    }

    /** The link of an item when it may be opened in the browser. */
    public Optional<String> openableLink(int index) {
        return item(doc.current(), index).map(ActionItem::link).filter(Markdown::isSafeLink);
    }
}
