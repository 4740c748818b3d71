package dev.hindsight.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Dismissals;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Ignore in this report": a dismissal kept in the report's file, undoable like any edit. */
class IgnoreInReportTest {
    private static final CheckSession SPELLING = CheckSession.open(List.of(Rules.named("spelling").orElseThrow()),
            CheckSetup.commandLine("", WordList.EMPTY, CheckConfig.none()));

    @Test
    void ignoringAWordHidesItHereOnlyAndIsSavedAndUndoable() throws Exception {
        Report report = Report.blank().withRootCause("The Zorbex cache failed.").withResolution("Zorbex was restarted.");
        ReportDocument doc = new ReportDocument(report);
        Finding finding = SPELLING.check(doc.report()).get(0);
        assertThat(finding.path()).isEqualTo("rootCause");

        assertThat(doc.execute(ReviewEdits.dismiss(Dismissals.of(finding)))).isTrue();
        assertThat(doc.undoDescription()).contains("Ignore \u201cZorbex\u201d");
        assertThat(SPELLING.check(doc.report())).extracting(Finding::path).containsExactly("resolution");
        assertThat(doc.execute(ReviewEdits.dismiss(Dismissals.of(finding)))).isFalse();

        String json = new String(new ReportEncoder().encode(doc.report()), StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(tree.get("dismissedFindings").toString())
                .isEqualTo("[{\"rule\":\"spelling\",\"path\":\"rootCause\",\"text\":\"Zorbex\"}]");
        Report reopened = new ReportReader().read(json.getBytes(StandardCharsets.UTF_8), "saved").report();
        assertThat(SPELLING.check(reopened)).extracting(Finding::path).containsExactly("resolution");

        doc.undo();
        assertThat(SPELLING.check(doc.report())).extracting(Finding::path).containsExactly("rootCause", "resolution");
    }

    @Test
    void ignoringAWordEverywhereIsOneUndoStep() {
        Report report = Report.blank().withRootCause("Zorbex.").withResolution("Zorbex again.").withTitle("Zorbex");
        ReportDocument doc = new ReportDocument(report);
        List<Dismissal> all = SPELLING.check(report).stream().filter(f -> f.text().equals("Zorbex"))
                .map(Dismissals::of).toList();
        assertThat(all).hasSize(3);
        doc.execute(ReviewEdits.dismissAll(all));
        assertThat(doc.undoDescription()).contains("Ignore \u201cZorbex\u201d in 3 Places");
        assertThat(SPELLING.check(doc.report())).isEmpty();
        doc.undo();
        assertThat(SPELLING.check(doc.report())).hasSize(3);
        assertThat(doc.canUndo()).isFalse();
        doc.redo();
        doc.execute(ReviewEdits.undismiss(all.get(1)));
        assertThat(SPELLING.check(doc.report())).extracting(Finding::path).containsExactly("rootCause");
    }
}
