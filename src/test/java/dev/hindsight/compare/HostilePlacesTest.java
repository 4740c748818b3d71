package dev.hindsight.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.hindsight.comments.Anchor;
import dev.hindsight.comments.CommentAnchors;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Paths in comments and conflict records come from files, so from anyone: whatever they say,
 * finding their place again ends quickly, with a place or none, and resolving is done or refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePlacesTest {
    private static final List<String> WRITTEN = List.of("", "summary", "measures", "timeline", "timeline[2147483647]",
            "timeline[2147483647].text", "timeline[99999999999].text", "timeline[1].text.more", "title[0]",
            "measures.actionItems[1]", "comments[0].replies[0].text", "riskScore", "[\"x\"]", "timeline[1][\"a.b\"]",
            "pictures[0]", "rootCause.", "..", "[", "]", "timeline[-1]", "timeline[1e3]", "a\u0000b", "tags[0]");

    private static List<String> paths() {
        List<String> out = new ArrayList<>(WRITTEN);
        Random random = new Random(9);
        String alphabet = "timelne[].0123456789\"summaryxt";
        for (int i = 0; i < 300; i++) {
            StringBuilder p = new StringBuilder();
            for (int n = random.nextInt(25); n > 0; n--) {
                p.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(p.toString());
        }
        return out;
    }

    @Test
    void commentsWithAnyPathAreLocatedOrDetachedNeverLost() {
        Report r = Sample.base();
        for (String path : paths()) {
            for (String quote : List.of("", "Database", "zzz")) {
                Comment c = new Comment("x", "a", null, "t", path, quote, false, List.of(), Extras.NONE);
                Anchor a = CommentAnchors.locate(r, c);
                assertThat(a).as(path).isNotNull();
            }
        }
    }

    @Test
    void conflictsWithAnyPathAreLocatedOrRefusedWhenResolved() {
        Report base = Sample.base();
        for (String path : paths()) {
            for (int line : new int[] {0, 1, 1_000_000}) {
                MergeConflict c = new MergeConflict(path, line, RawJson.NULL, new RawJson("\"x\\n\""),
                        new RawJson("\"y\\n\""), Extras.NONE);
                Report r = base.withMergeConflicts(List.of(c));
                assertThatCode(() -> {
                    ConflictResolution.locate(r, c);
                    try {
                        Report resolved = ConflictResolution.takeTheirs(r, c);
                        assertThat(resolved.mergeConflicts()).isEmpty();
                    } catch (ResolutionException refused) {
                        assertThat(refused.getMessage()).isNotBlank();
                    }
                    assertThat(ConflictResolution.keepOurs(r, c).mergeConflicts()).isEmpty();
                }).as(path + " line " + line).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyRowEditedOnOneSideAndDeletedOnTheOtherMergesWithoutHanging() {
        Report base = dev.hindsight.testing.LargeReports.withEvents(2_000);
        Report ours = Sample.timeline(base, l -> {
            l.replaceAll(e -> e.withText(e.text() + " (checked)"));
            return l;
        });
        Report theirs = base.withTimeline(List.of());
        MergeResult r = ReportMerge.merge(base, ours, theirs);
        assertThat(r.report().timeline()).isEqualTo(ours.timeline());
        assertThat(r.conflicts()).hasSize(2_000);
        MergeResult back = ReportMerge.merge(base, theirs, ours);
        assertThat(back.report().timeline()).isEmpty();
        assertThat(back.conflicts()).hasSize(2_000).allSatisfy(c -> assertThat(c.path()).isEqualTo("timeline[0]"));
    }

    @Test
    void placesAnswerForWholeSectionsToo() {
        assertThat(Places.get(Sample.base(), "summary")).hasValueSatisfying(v -> assertThat(v.text())
                .startsWith("{\"startedAt\":\"2024-06-10T10:55:00Z\""));
        assertThat(Places.get(Sample.base(), "measures.actionItems[2].owner")).hasValue(new RawJson("\"Carol\""));
        assertThat(Places.get(Sample.base(), "timeline[5]")).isEmpty();
        assertThat(Places.inOtherRows(Sample.base(), new Paths.RowPlace("timeline", 2147483647, ".text")))
                .hasSize(5).first().isEqualTo("timeline[4].text");
        assertThat(Places.inOtherRows(Sample.base(), new Paths.RowPlace("timeline", 2, "")))
                .containsExactly("timeline[1]", "timeline[3]", "timeline[0]", "timeline[4]");
    }
}
