package dev.hindsight.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.comments.CommentHighlights.Highlight;
import dev.hindsight.comments.CommentHighlights.Kind;
import dev.hindsight.compare.Places;
import dev.hindsight.model.Comment;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranges a field's editor highlights are the commented words, wherever they are now. */
class CommentHighlightsTest {
    private static final Instant AT = Instant.parse("2024-06-12T12:00:00Z");

    private static Comment on(Report r, String id, String path, String words) {
        String text = Places.text(r, path).orElseThrow();
        int at = text.indexOf(words);
        return Comments.onWords(r, id, "Rev", AT, "Why?", path, at, at + words.length());
    }

    @Test
    void openCommentsOfTheFieldAreItsHighlightsInOrder() {
        Report r = Report.blank().withRootCause("The health check only opened a TCP connection. It never wrote.")
                .withResolution("Restarted the pool.");
        Report with = Comments.add(Comments.add(Comments.add(r, on(r, "b", "rootCause", "never wrote")),
                on(r, "a", "rootCause", "health check")), on(r, "c", "resolution", "pool"));
        assertThat(CommentHighlights.of(with, "rootCause")).containsExactly(
                new Highlight(4, 16, Kind.COMMENT, "a"), new Highlight(50, 61, Kind.COMMENT, "b"));
        assertThat(CommentHighlights.of(with, "resolution")).extracting(Highlight::commentId).containsExactly("c");
        assertThat(CommentHighlights.of(with, "closingRemarks")).isEmpty();
    }

    @Test
    void resolvedDetachedAndWholeFieldCommentsAreNotHighlightedUnlessAsked() {
        Report r = Report.blank().withRootCause("The health check only opened a TCP connection.");
        Report with = Comments.add(r, on(r, "a", "rootCause", "TCP"));
        with = Comments.add(with, on(r, "b", "rootCause", "health"));
        with = Comments.add(with, Comments.onPlace(r, "c", "Rev", AT, "All of it?", "rootCause"));
        with = Comments.setResolved(with, "a", true);
        assertThat(CommentHighlights.of(with, "rootCause")).extracting(Highlight::commentId).containsExactly("b");
        assertThat(CommentHighlights.of(with, "rootCause", true)).containsExactly(
                new Highlight(4, 10, Kind.COMMENT, "b"), new Highlight(31, 34, Kind.RESOLVED_COMMENT, "a"));
        Report rewritten = with.withRootCause("Something else entirely.");
        assertThat(CommentHighlights.of(rewritten, "rootCause", true)).as("detached: nothing to highlight").isEmpty();
    }

    @Test
    void wordsOfARowThatMovedAreHighlightedInTheRowTheyAreInNow() {
        List<TimelineEntry> rows = List.of(
                new TimelineEntry(Instant.parse("2024-06-10T10:58:00Z"), EntryKind.DETECTION, "Alert fired"),
                new TimelineEntry(Instant.parse("2024-06-10T11:10:00Z"), EntryKind.INVESTIGATION,
                        "Connections refused on port 5432"));
        Report r = Report.blank().withTimeline(rows);
        Report with = Comments.add(r, on(r, "a", "timeline[1].text", "port 5432"));
        List<TimelineEntry> moved = new ArrayList<>(rows);
        moved.add(0, moved.remove(1));
        Report after = with.withTimeline(moved);
        assertThat(CommentHighlights.of(after, "timeline[0].text")).containsExactly(
                new Highlight(23, 32, Kind.COMMENT, "a"));
        assertThat(CommentHighlights.of(after, "timeline[1].text")).isEmpty();
    }

    /** Generated: text typed before and after the words never moves a highlight off them, in any script. */
    @Test
    void highlightsStayOnTheWordsWhateverIsTypedAroundThem() {
        String[] words = {"database", "Datenbank", "база данных", "قاعدة البيانات", "データベース", "🔥 pager", "naïve", "e\u0301t\u00e9"};
        Random random = new Random(1515);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ".\n");
            }
            Report r = Report.blank().withRootCause(text.toString());
            String quote = words[random.nextInt(words.length)];
            String field = "[" + quote + "]";
            r = r.withRootCause(text + field);
            Report with = Comments.add(r, on(r, "q", "rootCause", field));
            String before = words[random.nextInt(words.length)].substring(0, 1 + random.nextInt(3));
            String after = words[random.nextInt(words.length)];
            String edited = before + with.rootCause() + " " + after;
            Report typed = with.withRootCause(edited);
            List<Highlight> h = CommentHighlights.of(typed, "rootCause");
            assertThat(h).as("round %d: %s", round, edited).hasSize(1);
            assertThat(edited.substring(h.get(0).start(), h.get(0).end())).isEqualTo(field);
        }
    }
}
