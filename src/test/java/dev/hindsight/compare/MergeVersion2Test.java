package dev.hindsight.compare;

import static dev.hindsight.compare.Sample.base;
import static dev.hindsight.compare.Sample.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging the version-2 parts: comments (by id, following their rows), pictures, review, older conflicts. */
class MergeVersion2Test {
    private static final Instant NOON = Instant.parse("2024-06-12T12:00:00Z");

    private static Comment comment(String id, String path, String quote, String text) {
        return new Comment(id, "Reviewer", NOON, text, path, quote, false, List.of(), Extras.NONE);
    }

    private static Report withComments(Report r, Comment... comments) {
        List<Comment> all = new java.util.ArrayList<>(r.comments());
        all.addAll(List.of(comments));
        return r.withComments(all);
    }

    @Test
    void commentsFromBothSidesAreCombinedById() {
        Comment a = comment("a1", "rootCause", "replica set", "Which replica set?");
        Comment b = comment("b2", "title", "", "Add the date");
        MergeResult r = ReportMerge.merge(base(), withComments(base(), a), withComments(base(), b));
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().comments()).containsExactly(a, b);
    }

    @Test
    void aCommentResolvedOnOneSideAndRepliedToOnTheOtherIsBoth() {
        Comment c = comment("c1", "rootCause", "health check", "Which check?");
        Report b = withComments(base(), c);
        CommentReply reply = new CommentReply("Bob", NOON.plusSeconds(60), "The TCP one", Extras.NONE);
        Report ours = b.withComments(List.of(new Comment("c1", "Reviewer", NOON, c.text(), c.path(), c.quote(), true,
                List.of(), Extras.NONE)));
        Report theirs = b.withComments(List.of(new Comment("c1", "Reviewer", NOON, c.text(), c.path(), c.quote(), false,
                List.of(reply), Extras.NONE)));
        MergeResult r = ReportMerge.merge(b, ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().comments()).singleElement().satisfies(x -> {
            assertThat(x.resolved()).isTrue();
            assertThat(x.replies()).containsExactly(reply);
        });
    }

    @Test
    void aCommentOnARowFollowsTheRowToWhereItIsInTheMergedReport() {
        Report ours = Sample.timeline(base(), l -> Sample.insert(l, 0, row("10:00", EntryKind.NOTE, "Deploy")));
        Report theirs = withComments(base(), comment("t1", "timeline[3].text", "restored", "How long did it take?"),
                comment("t2", "timeline[4]", "Checkout error rate back to normal", "Source?"));
        MergeResult r = ReportMerge.merge(base(), ours, theirs);
        assertThat(r.report().comments()).extracting(Comment::path)
                .containsExactly("timeline[4].text", "timeline[5]");
        assertThat(r.report().timeline().get(4).text()).contains("restored");
    }

    @Test
    void aCommentIdBothSidesAddedWithDifferentTextIsAConflictNotTwoComments() {
        MergeResult r = ReportMerge.merge(base(), withComments(base(), comment("same", "title", "", "Ours")),
                withComments(base(), comment("same", "title", "", "Theirs")));
        assertThat(r.report().comments()).extracting(Comment::text).containsExactly("Ours");
        assertThat(r.conflicts()).extracting(MergeConflict::path).containsExactly("comments[0]");
    }

    @Test
    void anActionItemOursEditedAndTheirsDeletedIsAConflictAndStays() {
        Report ours = Sample.items(base(), l -> Sample.set(l, 1, l.get(1).withOwner("Dave")));
        Report theirs = Sample.items(base(), l -> Sample.remove(l, 1));
        MergeResult r = ReportMerge.merge(base(), ours, theirs);
        assertThat(r.report().measures().actionItems()).hasSize(3);
        assertThat(r.conflicts()).extracting(MergeConflict::path, c -> c.theirs().text())
                .containsExactly(tuple("measures.actionItems[1]", "null"));
    }

    @Test
    void detailsOfOneActionItemMergeByLines() {
        Report b = Sample.items(base(), l -> Sample.set(l, 0, l.get(0).withDetails("Step one\n\nStep two")));
        Report ours = Sample.items(b, l -> Sample.set(l, 0, l.get(0).withDetails("Step one, first\n\nStep two")));
        Report theirs = Sample.items(b, l -> Sample.set(l, 0, l.get(0).withDetails("Step one\n\nStep two, then")));
        MergeResult r = ReportMerge.merge(b, ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().measures().actionItems().get(0).details()).isEqualTo("Step one, first\n\nStep two, then");
    }

    @Test
    void aPictureChangedDifferentlyOnBothSidesIsAConflictKeepingBothWhole() {
        Picture base = picture("graph.png", "a");
        Report b = base().withPictures(List.of(base));
        MergeResult r = ReportMerge.merge(b, b.withPictures(List.of(picture("graph.png", "b"))),
                b.withPictures(List.of(picture("graph.png", "c"))));
        assertThat(r.report().pictures()).containsExactly(picture("graph.png", "b"));
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("pictures[0]");
            assertThat(c.theirs().text()).contains(picture("graph.png", "c").base64());
        });
    }

    @Test
    void picturesAddedOnBothSidesAreAllKept() {
        MergeResult r = ReportMerge.merge(base(), base().withPictures(List.of(picture("a.png", "a"))),
                base().withPictures(List.of(picture("b.png", "b"))));
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().pictures()).extracting(Picture::name).containsExactly("a.png", "b.png");
    }

    @Test
    void dismissedFindingsAndTheChecklistCombine() {
        Dismissal word = new Dismissal("spelling", "rootCause", "Kubernetes");
        Dismissal blame = new Dismissal("blameless", "timeline[1].text", "careless");
        MergeResult r = ReportMerge.merge(base(), base().withReview(new Review(List.of("impact"), List.of(word))),
                base().withReview(new Review(List.of("timeline"), List.of(blame))));
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().review()).isEqualTo(new Review(List.of("impact", "timeline"), List.of(word, blame)));
    }

    @Test
    void olderConflictsStayRecordedAndFollowTheirRows() {
        MergeConflict older = new MergeConflict("timeline[2].text", new RawJson("\"b\""), new RawJson("\"o\""),
                new RawJson("\"t\""));
        Report b = base().withMergeConflicts(List.of(older));
        // Inserted in the editor, which keeps the record on its row.
        Report theirs = dev.hindsight.edit.ListEdits.TIMELINE.insert(0, List.of(row("10:00", EntryKind.NOTE, "Deploy")),
                "Insert").apply(b);
        assertThat(theirs.mergeConflicts()).extracting(MergeConflict::path).containsExactly("timeline[3].text");
        MergeResult r = ReportMerge.merge(b, b.withTitle("x"), theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().mergeConflicts()).extracting(MergeConflict::path).containsExactly("timeline[3].text");
    }

    @Test
    void aConflictOursResolvedWhileTheirsKeptItIsGone() {
        MergeConflict older = new MergeConflict("title", RawJson.NULL, new RawJson("\"o\""), new RawJson("\"t\""));
        Report b = base().withMergeConflicts(List.of(older));
        MergeResult r = ReportMerge.merge(b, b.withMergeConflicts(List.of()), b.withSeverity(null));
        assertThat(r.report().mergeConflicts()).isEmpty();
    }

    private static Picture picture(String name, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = dev.hindsight.format.RandomVersion2PartsAccess.sha256(bytes);
        return new Picture(name, "image/png", sha, 1, 1, java.util.Base64.getEncoder().encodeToString(bytes),
                Extras.NONE);
    }
}
