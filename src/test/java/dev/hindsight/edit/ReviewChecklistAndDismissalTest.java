package dev.hindsight.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Dismissals;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReviewQuestion;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review state as edits: ticking the questions of the review checklist ({@code reviewChecklist})
 * and dismissing completeness and blameless findings ({@code dismissedFindings}), undoable, saved,
 * and read back the same.
 */
class ReviewChecklistAndDismissalTest {
    private static final CheckSession REVIEW = CheckSession.open(
            List.of(Rules.named("completeness").orElseThrow(), Rules.named("blameless").orElseThrow()),
            CheckSetup.commandLine("", WordList.EMPTY, CheckConfig.none()));

    private static JsonNode saved(Report r) throws Exception {
        return new ObjectMapper().readTree(new String(new ReportEncoder().encode(r), StandardCharsets.UTF_8));
    }

    private static Report reopened(Report r) throws Exception {
        return new ReportReader().read(new ReportEncoder().encode(r), "saved").report();
    }

    @Test
    void theQuestionsHaveStableCodesAndTexts() {
        assertThat(ReviewQuestion.ALL).extracting(ReviewQuestion::code).containsExactly("key-data", "impact-complete",
                "root-cause-deep", "actions-appropriate", "actions-prioritized", "owners-and-dates", "blameless", "shared");
        assertThat(ReviewQuestion.ALL).allSatisfy(q -> {
            assertThat(q.question()).endsWith("?");
            assertThat(q.help()).isNotBlank();
        });
        assertThat(ReviewQuestion.of("shared")).contains(ReviewQuestion.SHARED);
        assertThat(ReviewQuestion.of("from-the-future")).isEmpty();
    }

    @Test
    void tickingIsAnUndoableEditSavedAsCodesAndUnknownCodesAreKept() throws Exception {
        Report start = Report.blank().withReview(Report.blank().review().withChecklist(List.of("from-version-3")));
        ReportDocument doc = new ReportDocument(start);
        assertThat(doc.execute(ReviewEdits.tick("key-data", true))).isTrue();
        assertThat(doc.undoDescription()).contains("Tick \u201cWas the key data of the incident collected?\u201d");
        doc.execute(ReviewEdits.tick("shared", true));
        assertThat(doc.execute(ReviewEdits.tick("shared", true))).isFalse();
        assertThat(doc.report().review().checklist()).containsExactly("from-version-3", "key-data", "shared");

        JsonNode json = saved(doc.report());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("reviewChecklist").toString()).isEqualTo("[\"from-version-3\",\"key-data\",\"shared\"]");
        assertThat(reopened(doc.report()).review().checklist()).containsExactly("from-version-3", "key-data", "shared");

        doc.execute(ReviewEdits.tick("key-data", false));
        assertThat(doc.undoDescription()).contains("Untick \u201cWas the key data of the incident collected?\u201d");
        assertThat(doc.report().review().isTicked("key-data")).isFalse();
        doc.undo();
        assertThat(doc.report().review().isTicked("key-data")).isTrue();
        doc.undo();
        doc.undo();
        assertThat(doc.report().review().checklist()).containsExactly("from-version-3");
    }

    @Test
    void completenessAndBlamelessFindingsAreDismissedForThisReportOnly() throws Exception {
        Report seed = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        List<Finding> before = REVIEW.check(seed);
        Finding owner = before.stream().filter(f -> f.path().equals("measures.actionItems[0].owner")).findFirst()
                .orElseThrow();
        Finding blame = before.stream().filter(f -> f.path().equals("rootCause") && f.rule().equals("blameless"))
                .findFirst().orElseThrow();
        assertThat(owner.text()).isEmpty();

        ReportDocument doc = new ReportDocument(seed);
        doc.execute(ReviewEdits.dismiss(Dismissals.of(owner)));
        assertThat(doc.undoDescription()).contains("Dismiss Finding");
        doc.execute(ReviewEdits.dismiss(Dismissals.of(blame)));
        assertThat(doc.undoDescription()).contains("Dismiss \u201cjunior developer accidentally\u201d");

        List<Finding> after = REVIEW.check(doc.report());
        assertThat(after).hasSize(before.size() - 2).doesNotContain(owner, blame);
        assertThat(after).anyMatch(f -> f.path().equals("summary.rootCause") && f.rule().equals("blameless"));
        assertThat(saved(doc.report()).get("dismissedFindings").toString()).isEqualTo(
                "[{\"rule\":\"completeness\",\"path\":\"measures.actionItems[0].owner\",\"text\":\"\"},"
                        + "{\"rule\":\"blameless\",\"path\":\"rootCause\",\"text\":\"junior developer accidentally\"}]");
        assertThat(REVIEW.check(reopened(doc.report()))).isEqualTo(after);

        doc.execute(ReviewEdits.undismiss(Dismissals.of(owner)));
        assertThat(doc.undoDescription()).contains("Restore Finding");
        assertThat(REVIEW.check(doc.report())).contains(owner);
    }
}
