package dev.hindsight.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.comments.Comments;
import dev.hindsight.compare.Difference;
import dev.hindsight.compare.ReportDiff;
import dev.hindsight.compare.ReportMerge;
import dev.hindsight.compare.ResolutionException;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Comments, conflict resolutions and "take theirs" are edits on the one undo stack. */
class CommentAndConflictEditsTest {
    private static final Instant AT = Instant.parse("2024-06-12T12:00:00Z");

    @Test
    void everyCommentEditIsOneUndoableStep() {
        Report start = Report.blank().withRootCause("The check never wrote.");
        ReportDocument doc = new ReportDocument(start);
        String id = Comments.newId(start, new Random(3));
        doc.execute(CommentEdits.add(Comments.onWords(start, id, "Rev", AT, "Which check?", "rootCause", 4, 9)));
        doc.execute(CommentEdits.reply(id, new CommentReply("Bob", AT, "The TCP one", Extras.NONE)));
        doc.execute(CommentEdits.resolve(id));
        assertThat(doc.undoDescription()).hasValue("Resolve Comment");
        Comment c = doc.report().comments().get(0);
        assertThat(c.resolved()).isTrue();
        assertThat(c.replies()).hasSize(1);
        doc.execute(CommentEdits.reopen(id));
        doc.execute(CommentEdits.delete(id));
        assertThat(doc.report().comments()).isEmpty();
        for (String expected : List.of("Delete Comment", "Reopen Comment", "Resolve Comment", "Reply to Comment",
                "Add Comment")) {
            assertThat(doc.undoDescription()).hasValue(expected);
            doc.undo();
        }
        assertThat(doc.report()).isEqualTo(start);
        assertThat(doc.isDirty()).isFalse();
        doc.redo();
        assertThat(doc.report().comments()).extracting(Comment::id).containsExactly(id);
    }

    @Test
    void resolvingConflictsIsUndoableAndTheLastRemovesTheRecord() throws Exception {
        Report base = Report.blank().withTitle("Base").withIncidentId("INC-1");
        Report merged = ReportMerge.merge(base, base.withTitle("Ours").withIncidentId("INC-2"),
                base.withTitle("Theirs").withIncidentId("INC-3")).report();
        ReportDocument doc = new ReportDocument(merged);
        MergeConflict title = merged.mergeConflicts().get(0);
        doc.execute(ConflictEdits.takeTheirs(doc.report(), title));
        assertThat(doc.undoDescription()).hasValue("Take Theirs in title");
        MergeConflict id = doc.report().mergeConflicts().get(0);
        doc.execute(ConflictEdits.useValue(doc.report(), id, new RawJson("\"INC-2/3\"")));
        assertThat(doc.report().title()).isEqualTo("Theirs");
        assertThat(doc.report().incidentId()).isEqualTo("INC-2/3");
        assertThat(doc.report().mergeConflicts()).isEmpty();
        doc.undo();
        doc.undo();
        assertThat(doc.report()).isEqualTo(merged);
        doc.execute(ConflictEdits.keepOurs(title));
        assertThat(doc.report().title()).isEqualTo("Ours");
        assertThat(doc.report().mergeConflicts()).containsExactly(merged.mergeConflicts().get(1));
    }

    @Test
    void aValueThatDoesNotFitIsRefusedWhenTheCommandIsMade() {
        Report base = Report.blank();
        Report merged = ReportMerge.merge(base, base.withTitle("Ours"), base.withTitle("Theirs")).report();
        assertThatThrownBy(() -> ConflictEdits.useValue(merged, merged.mergeConflicts().get(0), new RawJson("42")))
                .isInstanceOf(ResolutionException.class).hasMessage("title: expected a string, found the number 42");
    }

    @Test
    void takingTheirsForADifferenceIsAnUndoableEdit() throws Exception {
        Report ours = Report.blank().withTitle("Ours").withRootCause("one\ntwo");
        Report theirs = ours.withTitle("Theirs").withRootCause("one\n2");
        ReportDocument doc = new ReportDocument(ours);
        for (int i = 0; i < 2; i++) {
            Difference d = ReportDiff.between(doc.report(), theirs).get(0);
            doc.execute(CompareEdits.takeTheirs(doc.report(), theirs, d));
        }
        assertThat(ReportDiff.between(doc.report(), theirs)).isEmpty();
        doc.undo();
        assertThat(doc.report().rootCause()).isEqualTo("one\ntwo");
        assertThat(doc.report().title()).isEqualTo("Theirs");
    }
}
