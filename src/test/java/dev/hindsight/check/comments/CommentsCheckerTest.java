package dev.hindsight.check.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comments rule: review comments not yet resolved, at their place, with the words they quote. */
class CommentsCheckerTest {
    private static Comment comment(String author, String text, String path, String quote, boolean resolved, int replies) {
        List<CommentReply> r = java.util.stream.IntStream.range(0, replies)
                .mapToObj(i -> new CommentReply("Bo", null, "ok", Extras.NONE)).toList();
        return new Comment("c", author, null, text, path, quote, resolved, r, Extras.NONE);
    }

    @Test
    void unresolvedCommentsAreInfoFindingsAtTheirPlace() {
        Report r = Report.blank().withRootCause("The cache was cold after the deploy.").withComments(List.of(
                comment("Ana", "Which   cache?\nThe CDN or the app cache?", "rootCause", "cache was cold", false, 2),
                comment("Ana", "Fine now", "rootCause", "", true, 0),
                comment("", "Who owns this item?", "measures.actionItems[0]", "", false, 0),
                comment("Bo", "Quote gone", "rootCause", "warm", false, 0),
                comment("Cy", "x".repeat(200), "", "", false, 1)));
        List<Finding> found = new CommentsChecker().check(r);
        assertThat(found).extracting(f -> f.path() + " " + f.start() + "-" + f.end() + " " + f.text()).containsExactly(
                "rootCause 4-18 cache was cold", "measures.actionItems[0] -1--1 ", "rootCause -1--1 warm",
                "comments -1--1 ");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("comments");
            assertThat(f.severity()).isEqualTo(FindingSeverity.INFO);
        });
        assertThat(found.get(0).message()).isEqualTo("A comment by Ana is not resolved: \u201cWhich cache? The CDN or "
                + "the app cache?\u201d (2 replies); answer it and mark it resolved");
        assertThat(found.get(1).message()).startsWith("A comment is not resolved: \u201cWho owns this item?\u201d;");
        assertThat(found.get(3).message()).contains("\u2026\u201d (1 reply)");
    }
}
