package dev.hindsight.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {
    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final ReportDocument doc = new ReportDocument(Report.blank(), millis::get);

    private void type(TextField field, String text) {
        for (int i = 1; i <= text.length(); i++) {
            doc.execute(field.set(text.substring(0, i)));
            millis.addAndGet(100);
        }
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        type(TextField.TITLE, "Outage");
        assertThat(doc.report().title()).isEqualTo("Outage");
        assertThat(doc.undoDescription()).contains("Typing in Title");
        doc.undo();
        assertThat(doc.report().title()).isEmpty();
        assertThat(doc.canUndo()).isFalse();
        doc.redo();
        assertThat(doc.report().title()).isEqualTo("Outage");
    }

    @Test
    void aPauseAFieldChangeOrAnUndoStartsANewStep() {
        type(TextField.TITLE, "DB");
        millis.addAndGet(ReportDocument.MERGE_WINDOW_MILLIS + 1);
        type(TextField.TITLE, "DB down");
        type(TextField.INCIDENT_ID, "INC-1");
        doc.undo();
        assertThat(doc.report().incidentId()).isEmpty();
        doc.undo();
        assertThat(doc.report().title()).isEqualTo("DB");
        doc.undo();
        assertThat(doc.report().title()).isEmpty();
    }

    @Test
    void anExplicitEndOfMergingSplitsTyping() {
        type(TextField.ROOT_CAUSE, "abc");
        doc.endMerging();
        type(TextField.ROOT_CAUSE, "abcdef");
        doc.undo();
        assertThat(doc.report().rootCause()).isEqualTo("abc");
    }

    @Test
    void editsThatChangeNothingAreNotSteps() {
        assertThat(doc.execute(TextField.TITLE.set(""))).isFalse();
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void dirtyFollowsTheStackPositionOfTheLastSave() {
        doc.execute(SummaryEdits.severity(Severity.SEV2));
        assertThat(doc.isDirty()).isTrue();
        Report written = doc.report().withUpdatedAt(Instant.EPOCH);
        doc.markSaved(doc.snapshot(), written);
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.report()).isEqualTo(written);
        doc.execute(SummaryEdits.severity(Severity.SEV3));
        assertThat(doc.isDirty()).isTrue();
        doc.undo();
        assertThat(doc.isDirty()).as("undo back to the save clears the mark").isFalse();
        assertThat(doc.report()).isEqualTo(written);
        doc.undo();
        assertThat(doc.isDirty()).isTrue();
        doc.redo();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void editsMadeWhileASaveRunsStayUnsaved() {
        doc.execute(SummaryEdits.severity(Severity.SEV2));
        ReportDocument.Snapshot saving = doc.snapshot();
        doc.execute(SummaryEdits.severity(Severity.SEV1));
        doc.markSaved(saving, saving.report().withUpdatedAt(Instant.EPOCH));
        assertThat(doc.report().severity()).isEqualTo(Severity.SEV1);
        assertThat(doc.isDirty()).isTrue();
        doc.undo();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void typingAfterASaveDoesNotMergeIntoTheSavedStep() {
        type(TextField.TITLE, "ab");
        doc.markSaved(doc.snapshot(), doc.report());
        type(TextField.TITLE, "abc");
        doc.undo();
        assertThat(doc.report().title()).isEqualTo("ab");
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void aNewReportNeverSavedStaysDirtyEvenAfterUndoingEverything() {
        doc.markUnsaved();
        assertThat(doc.isDirty()).isTrue();
        type(TextField.TITLE, "x");
        doc.undo();
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void listenersHearEveryChange() {
        List<String> heard = new ArrayList<>();
        doc.addListener((before, after) -> heard.add(before.title() + "->" + after.title()));
        doc.execute(TextField.TITLE.set("a"));
        doc.undo();
        doc.redo();
        assertThat(heard).containsExactly("->a", "a->", "->a");
    }

    @Test
    void historyIsBounded() {
        for (int i = 0; i < ReportDocument.MAX_HISTORY + 10; i++) {
            doc.execute(SummaryEdits.severity(i % 2 == 0 ? Severity.SEV1 : Severity.SEV2));
        }
        int undone = 0;
        while (doc.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(ReportDocument.MAX_HISTORY);
        assertThat(doc.isDirty()).isTrue();
    }
}
