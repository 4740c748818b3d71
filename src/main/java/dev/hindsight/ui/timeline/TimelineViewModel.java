package dev.hindsight.ui.timeline;

import dev.hindsight.edit.Command;
import dev.hindsight.edit.ListEdits;
import dev.hindsight.input.ImportedRow;
import dev.hindsight.input.ParseResult;
import dev.hindsight.input.PastedText;
import dev.hindsight.input.ResolvedTime;
import dev.hindsight.input.TimeParser;
import dev.hindsight.input.TimeResolver;
import dev.hindsight.input.TimelineText;
import dev.hindsight.input.TypedDates;
import dev.hindsight.input.TypedTime;
import dev.hindsight.model.Durations;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportMetrics;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.ui.support.ListSync;
import dev.hindsight.ui.window.DocumentViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Timeline tab's state and edits. Typed times are read in the report's zone against the
 * row above; what cannot be read is kept in its row with the reason, never committed. Every
 * edit is a command on the report's undo stack.
 */
public final class TimelineViewModel {
    private static final ListEdits<TimelineEntry> ROWS = ListEdits.TIMELINE;
    /** Rejections of deleted rows are kept (an undo brings the row back with its text) up to this many. */
    private static final int MAX_KEPT_REJECTIONS = 256;

    private final DocumentViewModel doc;
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");
    /**
     * Typed times that were not taken, by the entry (the very object) of their row, so that a
     * move or a sort, which keeps the objects, takes them along; an edit of the row passes its
     * rejection on to the new entry.
     */
    private final Map<TimelineEntry, TimelineRows.Rejection> rejected = new IdentityHashMap<>();
    private Report shown;

    public TimelineViewModel(DocumentViewModel doc) {
        this.doc = doc;
        refresh(doc.current());
        doc.report().addListener((o, before, after) -> refresh(after));
    }

    private void refresh(Report report) {
        if (shown != null && shown.timeline() == report.timeline() && shown.timeZone().equals(report.timeZone())
                && shown.summary().startedAt() == report.summary().startedAt()
                && shown.summary().endedAt() == report.summary().endedAt()) {
            shown = report;
            return;
        }
        forgetRejectionsOfGoneRows(report.timeline());
        shown = report;
        List<TimelineRow> next = TimelineRows.of(report, rejected);
        ListSync.update(rows, next);
        footer.set(footer(report, next));
    }

    /** Keeps the map small: rejections of rows no longer in the timeline go once there are many. */
    private void forgetRejectionsOfGoneRows(List<TimelineEntry> timeline) {
        if (rejected.size() > MAX_KEPT_REJECTIONS) {
            Set<TimelineEntry> present = Collections.newSetFromMap(new IdentityHashMap<>());
            present.addAll(timeline);
            rejected.keySet().retainAll(present);
        }
    }

    private static String footer(Report report, List<TimelineRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(rows.size()).append(rows.size() == 1 ? " event" : " events");
        ReportMetrics.of(report).duration().filter(d -> !d.isNegative())
                .ifPresent(d -> out.append(" \u00b7 ").append(Durations.format(d)));
        out.append(" \u00b7 times in ").append(report.zone().getId());
        long disorder = rows.stream().filter(TimelineRow::outOfOrder).count();
        long outside = rows.stream().filter(TimelineRow::outsideWindow).count();
        if (disorder > 0) {
            out.append(" \u00b7 ").append(disorder).append(" out of time order");
        }
        if (outside > 0) {
            out.append(" \u00b7 ").append(outside).append(" outside the outage window");
        }
        return out.toString();
    }

    /** The report the timeline is part of, for the chart above the table. */
    public javafx.beans.property.ReadOnlyObjectProperty<Report> report() {
        return doc.report();
    }

    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty footer() {
        return footer.getReadOnlyProperty();
    }

    private List<TimelineEntry> entries() {
        return doc.current().timeline();
    }

    ZoneId zone() {
        return doc.current().zone();
    }

    /** The time of the nearest row above {@code index} that has one, else the incident start. */
    private Instant previousTime(int index) {
        List<TimelineEntry> list = entries();
        for (int i = Math.min(index, list.size()) - 1; i >= 0; i--) {
            if (list.get(i).at() != null) {
                return list.get(i).at();
            }
        }
        return doc.current().summary().startedAt();
    }

    /**
     * Sets a row's time from what was typed. Returns the reason when it cannot be read (nothing
     * is changed), or a note to show (taken as the next day, out of order), or empty.
     */
    public ParseResult<String> setTime(int index, String typed) {
        ParseResult<TypedTime> parsed = TimeParser.parse(typed);
        if (!parsed.isOk()) {
            return ParseResult.error(parsed.error().orElseThrow());
        }
        clearRejection(index);
        TimelineEntry entry = entries().get(index);
        if (parsed.value() == null) {
            replace(index, entry.withAt(null), "Clear Time");
            return ParseResult.ok("");
        }
        ResolvedTime resolved = new TimeResolver(zone()).resolve(parsed.value(), previousTime(index));
        Optional<String> outside = TypedDates.outsideYears(resolved.instant());
        if (outside.isPresent()) {
            return ParseResult.error(outside.get());
        }
        replace(index, entry.withAt(resolved.instant()), "Change Time");
        return ParseResult.ok(resolved.note());
    }

    /** Keeps typed time text that could not be read in its row, with the reason, until the row is edited. */
    public void keepRejected(int index, String typed, String reason) {
        rejected.put(entries().get(index), new TimelineRows.Rejection(typed, reason));
        shown = null;
        refresh(doc.current());
    }

    private void clearRejection(int index) {
        if (rejected.remove(entries().get(index)) != null) {
            shown = null;
            refresh(doc.current());
        }
    }

    /** Moves a row to another day, keeping its time of day. */
    public ParseResult<String> setDate(int index, String typed) {
        TimelineEntry entry = entries().get(index);
        ParseResult<LocalDate> parsed = TypedDates.parse(typed);
        if (!parsed.isOk() || parsed.value() == null) {
            return ParseResult.error(parsed.error().orElse("type a date such as 2024-06-10"));
        }
        LocalDate date = parsed.value();
        if (entry.at() == null) {
            return ParseResult.error("type the time first; the date comes with it");
        }
        LocalDateTime local = LocalDateTime.of(date, entry.at().atZone(zone()).toLocalTime());
        ResolvedTime resolved = new TimeResolver(zone()).at(local);
        Optional<String> outside = TypedDates.outsideYears(resolved.instant());
        if (outside.isPresent()) {
            return ParseResult.error(outside.get());
        }
        replace(index, entry.withAt(resolved.instant()), "Change Date");
        return ParseResult.ok(resolved.note());
    }

    public void setKind(int index, EntryKind kind) {
        TimelineEntry entry = entries().get(index);
        replace(index, entry.withKind(kind), "Change Kind");
    }

    public void setText(int index, String text) {
        TimelineEntry entry = entries().get(index);
        replace(index, entry.withText(text), "Edit Event");
    }

    private void replace(int index, TimelineEntry entry, String description) {
        TimelineRows.Rejection kept = rejected.get(entries().get(index));
        if (kept != null) {
            rejected.put(entry, kept);
        }
        doc.endMerging();
        doc.execute(ROWS.replace(index, entry, description, null));
    }

    /** Adds an empty row at the end and returns its index. */
    public int addAtEnd() {
        int index = entries().size();
        execute(ROWS.insert(index, List.of(TimelineEntry.blank()), "Add"));
        return index;
    }

    /** Inserts an empty row before {@code index} and returns its index. */
    public int insert(int index) {
        int at = Math.max(0, Math.min(index, entries().size()));
        execute(ROWS.insert(at, List.of(TimelineEntry.blank()), "Insert"));
        return at;
    }

    /** Duplicates the rows and returns the indices of the copies. */
    public List<Integer> duplicate(List<Integer> indices) {
        if (indices.isEmpty()) {
            return indices;
        }
        int last = indices.stream().max(Integer::compare).orElseThrow();
        execute(ROWS.duplicate(indices));
        return java.util.stream.IntStream.range(last + 1, last + 1 + indices.size()).boxed().toList();
    }

    /** Deletes the rows and returns the index to select afterwards. */
    public int delete(List<Integer> indices) {
        if (indices.isEmpty()) {
            return -1;
        }
        int first = indices.stream().min(Integer::compare).orElseThrow();
        execute(ROWS.delete(indices));
        return Math.min(first, entries().size() - 1);
    }

    public List<Integer> move(List<Integer> indices, int delta) {
        List<Integer> sorted = indices.stream().sorted().toList();
        List<Integer> target = ListEdits.moved(sorted, delta, entries().size());
        if (!target.equals(sorted)) {
            execute(ROWS.move(sorted, delta));
        }
        return target;
    }

    /** Sorts by time, stable; rows without a time go last. */
    public void sortByTime() {
        execute(ROWS.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())),
                "Sort Timeline by Time"));
    }

    public String copy(List<Integer> indices) {
        List<TimelineEntry> list = entries();
        return TimelineText.copy(indices.stream().sorted().filter(i -> i < list.size()).map(list::get).toList(), zone());
    }

    /** What pasting {@code text} before row {@code index} would add, for the preview. */
    public List<ImportedRow> preview(String text, int index) {
        return TimelineText.place(PastedText.parse(text), zone(), previousTime(index));
    }

    /** Adds previewed rows before row {@code index}; returns the indices of the new rows. */
    public List<Integer> paste(List<ImportedRow> imported, int index, String verb) {
        int at = Math.max(0, Math.min(index, entries().size()));
        List<TimelineEntry> entries = imported.stream().map(ImportedRow::entry).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        execute(ROWS.insert(at, entries, verb));
        return java.util.stream.IntStream.range(at, at + entries.size()).boxed().toList();
    }

    public Optional<TimelineEntry> entry(int index) {
        List<TimelineEntry> list = entries();
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }

    private void execute(Command command) {
        doc.endMerging();
        doc.execute(command);
    }
}
