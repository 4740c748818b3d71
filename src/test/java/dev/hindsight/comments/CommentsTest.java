package dev.hindsight.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommentsTest {
    private static final Instant AT = Instant.parse("2024-06-12T12:00:00Z");

    @Test
    void idsAreShortRandomAndUniqueInTheReport() {
        Report r = Report.blank();
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = Comments.newId(r, random);
            assertThat(id).hasSize(8).matches("[2-9a-km-np-z]{8}");
            assertThat(seen.add(id)).isTrue();
            r = Comments.add(r, new Comment(id, "a", AT, "t", "title", "", false, List.of(), Extras.NONE));
        }
    }

    @Test
    void anIdTheReportHasIsNeverGivenAgain() {
        // A generator that repeats itself: the second id must not be the first.
        Random repeating = new Random(7);
        String first = Comments.newId(Report.blank(), new Random(7));
        Report r = Comments.add(Report.blank(), new Comment(first, "a", AT, "t", "title", "", false, List.of(),
                Extras.NONE));
        assertThat(Comments.newId(r, repeating)).isNotEqualTo(first);
    }

    @Test
    void aCommentOnWordsKeepsTheWordsAndRefusesWordsOutsideTheField() {
        Report r = Report.blank().withRootCause("The check never wrote.");
        Comment c = Comments.onWords(r, "id", "Rev", AT, "Which check?", "rootCause", 4, 9);
        assertThat(c.quote()).isEqualTo("check");
        assertThatThrownBy(() -> Comments.onWords(r, "id", "Rev", AT, "x", "rootCause", 4, 99))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comments.onWords(r, "id", "Rev", AT, "x", "severity", 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repliesResolveReopenEditAndDeleteChangeOnlyThatComment() {
        Report r = Report.blank();
        Comment a = new Comment("a", "Rev", AT, "One", "title", "", false, List.of(), Extras.NONE);
        Comment b = new Comment("b", "Rev", AT, "Two", "title", "", false, List.of(), Extras.NONE);
        r = Comments.add(Comments.add(r, a), b);
        CommentReply reply = new CommentReply("Bob", AT, "Done", Extras.NONE);
        Report replied = Comments.reply(r, "b", reply);
        assertThat(replied.comments().get(1).replies()).containsExactly(reply);
        assertThat(replied.comments().get(0)).isEqualTo(a);
        Report resolved = Comments.setResolved(replied, "b", true);
        assertThat(resolved.comments().get(1).resolved()).isTrue();
        assertThat(Comments.setResolved(resolved, "b", false).comments().get(1).resolved()).isFalse();
        assertThat(Comments.editText(r, "a", "Uno").comments().get(0).text()).isEqualTo("Uno");
        assertThat(Comments.delete(resolved, "a").comments()).extracting(Comment::id).containsExactly("b");
        assertThat(Comments.delete(resolved, "nope")).isSameAs(resolved);
    }
}
