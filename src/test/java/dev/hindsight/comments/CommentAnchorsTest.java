package dev.hindsight.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ListEdits;
import dev.hindsight.model.Comment;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A comment is found again by its field and words after edits around it, and never dropped. */
class CommentAnchorsTest {
    private static final Instant AT = Instant.parse("2024-06-12T12:00:00Z");

    private static Report report() {
        List<TimelineEntry> rows = List.of(
                new TimelineEntry(Instant.parse("2024-06-10T10:58:00Z"), EntryKind.DETECTION, "Alert fired"),
                new TimelineEntry(Instant.parse("2024-06-10T11:02:00Z"), EntryKind.RESPONSE,
                        "On-call acknowledged the page"),
                new TimelineEntry(Instant.parse("2024-06-10T11:10:00Z"), EntryKind.INVESTIGATION,
                        "Database connections refused on port 5432"));
        return Report.blank().withTimeline(rows)
                .withRootCause("The health check only opened a TCP connection.\n\nIt never wrote.");
    }

    private static Comment onWords(Report r, String path, String words) {
        String text = dev.hindsight.compare.Places.text(r, path).orElseThrow();
        int at = text.indexOf(words);
        return Comments.onWords(r, "c1", "Rev", AT, "Why?", path, at, at + words.length());
    }

    @Test
    void wordsAreFoundWhereTheyAreAfterEditsAroundThem() {
        Report r = report();
        Comment c = onWords(r, "rootCause", "TCP connection");
        Report edited = r.withRootCause("Root cause: the health check only opened a TCP connection, nothing else.");
        Anchor a = CommentAnchors.locate(edited, c);
        assertThat(a.state()).isEqualTo(Anchor.State.ATTACHED);
        assertThat(edited.rootCause().substring(a.start(), a.end())).isEqualTo("TCP connection");
    }

    @Test
    void wordsGoneFromTheFieldAreDetachedNotDropped() {
        Report r = report();
        Comment c = onWords(r, "rootCause", "TCP connection");
        Report edited = Comments.add(r, c).withRootCause("Rewritten entirely.");
        assertThat(CommentAnchors.locate(edited, c)).isEqualTo(new Anchor(Anchor.State.DETACHED, "rootCause", -1, -1));
        assertThat(edited.comments()).containsExactly(c);
    }

    @Test
    void wordsOfARowAreFoundInTheRowAfterItMovedByHand() {
        Report r = report();
        Comment c = onWords(r, "timeline[2].text", "port 5432");
        List<TimelineEntry> rows = new ArrayList<>(r.timeline());
        rows.add(0, rows.remove(2));
        Anchor a = CommentAnchors.locate(r.withTimeline(rows), c);
        assertThat(a.state()).isEqualTo(Anchor.State.MOVED);
        assertThat(a.path()).isEqualTo("timeline[0].text");
    }

    @Test
    void aCommentOnARowFollowsTheRowWhenTheEditorMovesIt() {
        Report r = report();
        Comment c = Comments.onRow(r, "c2", "Rev", AT, "Who?", "timeline[1]");
        assertThat(c.quote()).isEqualTo("On-call acknowledged the page");
        Report withComment = Comments.add(r, c);
        Report moved = ListEdits.TIMELINE.move(List.of(1), 1).apply(withComment);
        Comment after = moved.comments().get(0);
        assertThat(after.path()).isEqualTo("timeline[2]");
        assertThat(CommentAnchors.locate(moved, after)).isEqualTo(new Anchor(Anchor.State.ATTACHED, "timeline[2]", -1, -1));
    }

    @Test
    void aCommentOnARowIsFoundByTheRowsWordsEvenWhenItsPathIsStale() {
        Report r = report();
        Comment c = Comments.onRow(r, "c2", "Rev", AT, "Who?", "timeline[1]");
        List<TimelineEntry> rows = new ArrayList<>(r.timeline());
        rows.add(0, new TimelineEntry(null, EntryKind.NOTE, "Deploy"));
        Anchor a = CommentAnchors.locate(r.withTimeline(rows), c);
        assertThat(a).isEqualTo(new Anchor(Anchor.State.MOVED, "timeline[2]", -1, -1));
    }

    @Test
    void aCommentOnARowWhoseTextWasEditedALittleStaysAttached() {
        Report r = report();
        Comment c = Comments.onRow(r, "c2", "Rev", AT, "Who?", "timeline[1]");
        Report edited = r.withTimeline(List.of(r.timeline().get(0), r.timeline().get(1)
                .withText("On-call (Alice) acknowledged the page"), r.timeline().get(2)));
        assertThat(CommentAnchors.locate(edited, c).state()).isEqualTo(Anchor.State.ATTACHED);
    }

    @Test
    void aCommentOnADeletedRowIsDetached() {
        Report r = report();
        Comment c = Comments.onRow(r, "c2", "Rev", AT, "Who?", "timeline[1]");
        Report deleted = ListEdits.TIMELINE.delete(List.of(1)).apply(Comments.add(r, c));
        assertThat(deleted.comments()).hasSize(1);
        assertThat(CommentAnchors.locate(deleted, deleted.comments().get(0)).isDetached()).isTrue();
    }

    @Test
    void aCommentOnAWholeValueIsAttachedWhileThePlaceExists() {
        Report r = report().withSummary(report().summary().withStartedAt(AT));
        Comment c = Comments.onPlace(r, "c3", "Rev", AT, "Too early?", "summary.startedAt");
        assertThat(CommentAnchors.locate(r, c).state()).isEqualTo(Anchor.State.ATTACHED);
        Comment gone = new Comment("c4", "Rev", AT, "x", "timeline[9]", "", false, List.of(), Extras.NONE);
        assertThat(CommentAnchors.locate(r, gone).isDetached()).isTrue();
    }

    @Test
    void unicodeWordsAreFoundWithTheirUtf16Offsets() {
        Report r = report().withRootCause("前置き 😀 データベースが消えた");
        Comment c = onWords(r, "rootCause", "データベース");
        Report edited = r.withRootCause("😀😀 " + r.rootCause());
        Anchor a = CommentAnchors.locate(edited, c);
        assertThat(edited.rootCause().substring(a.start(), a.end())).isEqualTo("データベース");
    }
}
