package dev.hindsight.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's {@code .hindsight/check.json}: rules on and off, severities, options; read strictly. */
class CheckSettingsTest {
    private static final Report REPORT = Report.blank().withRootCause("It was human error, plain and simple.")
            .withComments(List.of(new Comment("c1", "Ana", null, "Is this blameless?", "rootCause", "human error", false,
                    List.of(), dev.hindsight.model.Extras.NONE)));

    private static List<Finding> check(CheckSettings settings) {
        return CheckSession.open(CheckSetup.commandLine("", WordList.EMPTY, CheckConfig.none()).withSettings(settings))
                .check(REPORT);
    }

    @Test
    void withoutAFileEveryRuleButCommentsRuns() {
        assertThat(CheckSettings.DEFAULT.enabledRules()).extracting(Rules.Rule::name)
                .containsExactly("completeness", "blameless", "spelling");
        assertThat(check(CheckSettings.DEFAULT)).extracting(Finding::rule).contains("completeness", "blameless")
                .doesNotContain("comments");
    }

    @Test
    void rulesAreTurnedOnAndOffGivenSeveritiesAndOptions() throws CheckSettingsException {
        CheckSettings s = CheckSettings.parse("""
                {
                  // the team's review settings
                  "rules": {
                    "completeness": {"enabled": false},
                    "blameless": {"severity": "error", "skip": ["minimizing"]},
                    "comments": {"enabled": true}
                  }
                }
                """, "check.json");
        assertThat(s.enabledRules()).extracting(Rules.Rule::name).containsExactly("blameless", "spelling", "comments");
        List<Finding> found = check(s);
        assertThat(found).extracting(f -> f.rule() + " " + f.severity().code() + " " + f.text())
                .containsExactly("blameless error human error", "comments info human error");
        assertThat(s.rule("blameless").option("skip")).contains(List.of("minimizing"));
    }

    @Test
    void optionsReachTheRules() throws CheckSettingsException {
        CheckSettings s = CheckSettings.parse("{\"rules\": {\"completeness\": {\"skip\": [\"title\", \"severity\", "
                + "\"outage-window\", \"impact\", \"users-affected\", \"root-cause\", \"resolution\", \"measures\", "
                + "\"action-items\"], \"timelineKinds\": [\"resolution\"]}, \"blameless\": {\"skip\": [\"human-error\"]}}}",
                "check.json");
        assertThat(check(s)).extracting(f -> f.rule() + " " + f.path() + " " + f.text())
                .containsExactly("completeness timeline resolution");
    }

    @Test
    void mistakesAreRefusedWithLineAndColumn() {
        assertRefused("{\"rules\": {\"blamless\": {}}}", "check.json: line 1, column 12: no rule named \"blamless\" "
                + "(rules: completeness, blameless, spelling, comments)");
        assertRefused("{\"rules\": {\"spelling\": {\"enabeld\": false}}}", "check.json: line 1, column 25: the rule "
                + "\"spelling\" has no setting \"enabeld\" (it has: enabled, severity)");
        assertRefused("{\"rules\": {\"spelling\": {\"enabled\": \"no\"}}}",
                "check.json: line 1, column 36: \"enabled\" must be true or false");
        assertRefused("{\"rules\": {\"spelling\": {\"severity\": \"fatal\"}}}",
                "check.json: line 1, column 37: \"severity\" must be \"error\", \"warning\" or \"info\"");
        assertRefused("{\"rules\": {\"blameless\": {\"skip\": [\"rudeness\"]}}}", "check.json: line 1, column 35: "
                + "\"rudeness\" is not one of the values of \"skip\" of \"blameless\": blame-words, human-error, omission, "
                + "counterfactual, possessive, person-as-cause, mistake, minimizing, fix-the-person, rule-breaking");
        assertRefused("{\"rules\": {\"completeness\": {\"skip\": \"title\"}}}", "check.json: line 1, column 37: "
                + "\"skip\" of \"completeness\" must be a list of strings, [\"…\"]");
        assertRefused("{\"rule\": {}}", "check.json: line 1, column 2: unknown key \"rule\" (the settings hold \"rules\")");
        assertRefused("[1]", "check.json: line 1, column 1: the review settings must be one JSON object, {…}");
        assertRefused("{\"rules\": {\"spelling\": {}, \"spelling\": {}}}",
                "check.json: line 1, column 38: a key is given twice");
        assertRefused("{\"rules\": {", "check.json: line 1, column 12: the file ends in the middle of the JSON");
        assertRefused("{\"rules\": {}} {}", "check.json: line 1, column 15: unexpected content after the settings object");
        assertRefused("{\"rules\": {\n  \"spelling\": {enabled: true}}}", "check.json: line 2, column 16: this is not "
                + "valid JSON, found `e`");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> CheckSettings.parse(text, "check.json")).isInstanceOf(CheckSettingsException.class)
                .hasMessage(message);
    }

    @Test
    void theFileIsFoundBesideTheReportOrAbove(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Path team = Files.createDirectories(repo.resolve(".hindsight"));
        Path report = Files.createDirectories(repo.resolve("postmortems/2024")).resolve("a.postmortem.json");
        assertThat(CheckSettings.of(CheckConfig.forReport(report))).isSameAs(CheckSettings.DEFAULT);
        Files.writeString(team.resolve(CheckConfig.SETTINGS), "{\"rules\": {\"spelling\": {\"enabled\": false}}}");
        CheckSettings s = CheckSettings.of(CheckConfig.forReport(report));
        assertThat(s.file()).contains(team.resolve(CheckConfig.SETTINGS));
        assertThat(s.enabledRules()).extracting(Rules.Rule::name).containsExactly("completeness", "blameless");
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefusedInWords(@TempDir Path dir) throws IOException {
        Path bad = Files.write(dir.resolve("check.json"), new byte[] {'{', (byte) 0xC3, '}'});
        assertThatThrownBy(() -> CheckSettings.read(bad)).hasMessage(bad + ": the review settings are not UTF-8 text");
        Path big = Files.write(dir.resolve("big.json"), ("{\"rules\": {}}" + " ".repeat(CheckSettings.MAX_BYTES))
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CheckSettings.read(big)).hasMessageEndingWith("bytes is more than the 262,144 review "
                + "settings may hold");
        assertThatThrownBy(() -> CheckSettings.read(dir.resolve("none.json")))
                .hasMessageStartingWith(dir.resolve("none.json") + ": cannot read the review settings: ");
    }

    @Test
    void findingsKeepTheirSeverityUnlessTheSettingsChangeIt() {
        assertThat(check(CheckSettings.DEFAULT)).filteredOn(f -> f.rule().equals("blameless"))
                .extracting(Finding::severity).containsOnly(FindingSeverity.WARNING);
    }
}
