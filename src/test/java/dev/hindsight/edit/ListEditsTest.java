package dev.hindsight.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListEditsTest {
    private static final ListEdits<TimelineEntry> ROWS = ListEdits.TIMELINE;

    private static Report report(String... texts) {
        return Report.blank().withTimeline(java.util.Arrays.stream(texts)
                .map(t -> new TimelineEntry(null, EntryKind.NOTE, t)).toList());
    }

    private static List<String> texts(Report r) {
        return r.timeline().stream().map(TimelineEntry::text).toList();
    }

    @Test
    void insertDeleteDuplicate() {
        Report r = report("a", "b", "c");
        assertThat(texts(ROWS.insert(1, List.of(TimelineEntry.blank().withText("x")), "Insert").apply(r)))
                .containsExactly("a", "x", "b", "c");
        assertThat(texts(ROWS.insert(99, List.of(TimelineEntry.blank()), "Add").apply(r))).hasSize(4);
        assertThat(texts(ROWS.delete(Set.of(0, 2)).apply(r))).containsExactly("b");
        assertThat(ROWS.delete(Set.of(0, 2)).description()).isEqualTo("Delete 2 Rows");
        assertThat(texts(ROWS.duplicate(Set.of(0, 1)).apply(r))).containsExactly("a", "b", "a", "b", "c");
    }

    @Test
    void movesABlockAndStopsAtTheEdges() {
        Report r = report("a", "b", "c", "d");
        assertThat(texts(ROWS.move(List.of(1, 2), 1).apply(r))).containsExactly("a", "d", "b", "c");
        assertThat(texts(ROWS.move(List.of(2, 3), -1).apply(r))).containsExactly("a", "c", "d", "b");
        assertThat(texts(ROWS.move(List.of(0, 2), 1).apply(r))).containsExactly("b", "a", "d", "c");
        assertThat(ROWS.move(List.of(0), -1).apply(r)).isEqualTo(r);
        assertThat(ListEdits.moved(List.of(1, 2), 1, 4)).containsExactly(2, 3);
        assertThat(ListEdits.moved(List.of(3), 1, 4)).containsExactly(3);
    }

    @Test
    void sortIsStableAndUndoableAsOneStep() {
        Instant t = Instant.parse("2024-06-10T11:00:00Z");
        Report r = Report.blank().withTimeline(List.of(
                new TimelineEntry(t.plusSeconds(60), EntryKind.NOTE, "late"),
                new TimelineEntry(t, EntryKind.NOTE, "first"),
                new TimelineEntry(t, EntryKind.NOTE, "second")));
        ReportDocument doc = new ReportDocument(r);
        doc.execute(ROWS.sort(Comparator.comparing(TimelineEntry::at), "Sort by Time"));
        assertThat(texts(doc.report())).containsExactly("first", "second", "late");
        doc.undo();
        assertThat(doc.report()).isEqualTo(r);
    }

    @Test
    void replacingOneRowOutOfRangeChangesNothing() {
        Report r = report("a");
        assertThat(ROWS.replace(5, TimelineEntry.blank(), "Edit", null).apply(r)).isSameAs(r);
    }
}
