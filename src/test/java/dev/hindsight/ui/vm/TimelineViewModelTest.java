package dev.hindsight.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.SummaryEdits;
import dev.hindsight.model.EntryKind;
import dev.hindsight.ui.timeline.TimelineRow;
import dev.hindsight.ui.timeline.TimelineViewModel;
import dev.hindsight.ui.window.DocumentViewModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline's view model, without a window. */
class TimelineViewModelTest {
    private final DocumentViewModel doc = new DocumentViewModel();
    private final TimelineViewModel vm = new TimelineViewModel(doc);

    @BeforeEach
    void anIncidentStartingBeforeMidnight() {
        doc.execute(SummaryEdits.startedAt(Instant.parse("2024-06-10T23:30:00Z")));
        doc.execute(SummaryEdits.endedAt(Instant.parse("2024-06-11T01:00:00Z")));
    }

    private TimelineRow row(int i) {
        return vm.rows().get(i);
    }

    @Test
    void typedTimesFollowTheRowAboveAndRollPastMidnight() {
        vm.addAtEnd();
        assertThat(vm.setTime(0, "23:50").value()).isEmpty();
        vm.addAtEnd();
        assertThat(vm.setTime(1, "00:10").value()).contains("next day");
        assertThat(doc.current().timeline().get(1).at()).isEqualTo(Instant.parse("2024-06-11T00:10:00Z"));
        assertThat(row(0).showDate()).isTrue();
        assertThat(row(1).showDate()).as("the incident spans two days: every row shows its date").isTrue();
        assertThat(row(1).date()).isEqualTo("2024-06-11");
    }

    @Test
    void rowsOutOfOrderOrOutsideTheWindowAreFlaggedNotRefused() {
        vm.addAtEnd();
        vm.setTime(0, "2024-06-11 00:30");
        vm.addAtEnd();
        assertThat(vm.setTime(1, "2024-06-11 00:20").value()).contains("earlier than the row above");
        vm.addAtEnd();
        vm.setTime(2, "2024-06-11 03:00");
        assertThat(row(1).outOfOrder()).isTrue();
        assertThat(row(2).outsideWindow()).isTrue();
        assertThat(vm.footer().get()).contains("1 out of time order", "1 outside the outage window");
        vm.sortByTime();
        assertThat(doc.current().timeline()).extracting(e -> e.at().toString())
                .containsExactly("2024-06-11T00:20:00Z", "2024-06-11T00:30:00Z", "2024-06-11T03:00:00Z");
    }

    @Test
    void anUnreadableTimeIsRefusedWithTheReasonAndCanBeKeptInItsRow() {
        vm.addAtEnd();
        assertThat(vm.setTime(0, "half past").error()).hasValueSatisfying(e -> assertThat(e).startsWith("not a time"));
        assertThat(doc.current().timeline().get(0).at()).isNull();
        vm.keepRejected(0, "half past", "not a time");
        assertThat(row(0).rejected()).isEqualTo("half past");
        assertThat(row(0).flags()).contains("\u201chalf past\u201d was not taken: not a time");
        vm.setTime(0, "23:45");
        assertThat(row(0).rejected()).isNull();
    }

    @Test
    void rejectedTextStaysWithItsRowThroughMovesSortsInsertsEditsAndUndo() {
        vm.addAtEnd();
        vm.setTime(0, "23:50");
        vm.setText(0, "Alert fired");
        vm.addAtEnd();
        vm.setText(1, "Paged the DBA");
        vm.addAtEnd();
        vm.setTime(2, "23:40");
        vm.setText(2, "Deploy started");
        vm.keepRejected(1, "half past", "not a time");
        java.util.function.Supplier<List<String>> shown = () -> vm.rows().stream()
                .map(r -> r.entry().text() + (r.rejected() == null ? "" : " [" + r.rejected() + "]")).toList();
        assertThat(shown.get()).containsExactly("Alert fired", "Paged the DBA [half past]", "Deploy started");

        vm.move(List.of(1), 1);
        assertThat(shown.get()).containsExactly("Alert fired", "Deploy started", "Paged the DBA [half past]");
        vm.sortByTime();
        assertThat(shown.get()).containsExactly("Deploy started", "Alert fired", "Paged the DBA [half past]");
        vm.insert(0);
        assertThat(shown.get()).containsExactly("", "Deploy started", "Alert fired", "Paged the DBA [half past]");
        vm.setKind(3, EntryKind.ESCALATION);
        vm.setText(3, "Paged the DBA, who joined");
        assertThat(shown.get()).endsWith("Paged the DBA, who joined [half past]");
        doc.undo();
        doc.undo();
        doc.undo();
        assertThat(shown.get()).containsExactly("Deploy started", "Alert fired", "Paged the DBA [half past]");
        vm.duplicate(List.of(2));
        assertThat(shown.get()).as("a copy does not repeat text that was never taken")
                .containsExactly("Deploy started", "Alert fired", "Paged the DBA [half past]", "Paged the DBA");
        vm.setTime(2, "23:55");
        assertThat(shown.get()).containsExactly("Deploy started", "Alert fired", "Paged the DBA", "Paged the DBA");
    }

    @Test
    void pastedLinesArePlacedAfterTheRowAboveAndAddedAsOneStep() {
        vm.addAtEnd();
        vm.setTime(0, "23:40");
        var preview = vm.preview("23:55 Alert fired\n00:05 Misleading path: blamed DNS", 1);
        assertThat(preview).extracting(r -> r.entry().kind()).containsExactly(EntryKind.DETECTION, EntryKind.MISLEADING);
        assertThat(vm.paste(preview, 1, "Paste")).containsExactly(1, 2);
        assertThat(doc.current().timeline().get(2).at()).isEqualTo(Instant.parse("2024-06-11T00:05:00Z"));
        assertThat(row(2).misleading()).isTrue();
        doc.undo();
        assertThat(doc.current().timeline()).hasSize(1);
    }

    @Test
    void copiedRowsReadAsSpreadsheetLines() {
        vm.addAtEnd();
        vm.setTime(0, "23:40");
        vm.setKind(0, EntryKind.DETECTION);
        vm.setText(0, "Alert\tfired");
        assertThat(vm.copy(List.of(0))).isEqualTo("2024-06-10 23:40\tdetection\t\"Alert\tfired\"\n");
    }
}
