package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight check} with the review rules: completeness, blameless, comments, and the team's check.json. */
class CheckCommandReviewTest {
    private static final Instant T0 = Instant.parse("2024-06-10T11:00:00Z");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path write(Path dir, String name, Report report) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new ReportEncoder().encode(report));
        return file;
    }

    /** A report every rule is content with. */
    private static Report ready() {
        ActionItem item = ActionItem.blank().withTitle("Ask before dropping a database").withOwner("Platform team")
                .withDue(LocalDate.parse("2024-07-01")).withPriority(Priority.P1);
        return Report.blank().builder().title("Database deleted").severity(Severity.SEV2).status(ReportStatus.FINAL)
                .summary(new Summary(T0, T0.plusSeconds(3600), "Every user saw errors for an hour.",
                        new BigDecimal("100"), "A command meant for staging ran against production.", Extras.NONE))
                .timeline(List.of(new TimelineEntry(T0, EntryKind.DETECTION, "Users report errors"),
                        new TimelineEntry(T0.plusSeconds(3600), EntryKind.RESOLUTION, "Restore completed")))
                .rootCause("The shell prompt looked the same on both hosts and nothing asked for confirmation.")
                .resolution("Restored from the nightly backup.")
                .measures(new Measures("", List.of(item), Extras.NONE)).build();
    }

    @Test
    void aReportReadyForReviewPassesEveryRule(@TempDir Path dir) throws IOException {
        assertThat(run("check", write(dir, "ok.postmortem.json", ready()).toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void textGivesEachMissingThingAndEachBlamingPhraseAtItsPlace(@TempDir Path dir) throws IOException {
        Report r = ready().withSeverity(null).withRootCause("A junior developer accidentally ran it. Cause: TBD")
                .withMeasures(new Measures("", List.of(ActionItem.blank().withTitle("Train staff")), Extras.NONE));
        Path file = write(dir, "r.postmortem.json", r);
        assertThat(run("check", file.toString())).isEqualTo(1);
        assertThat(out.toString().split("\\R")).containsExactly(
                file + ": severity: completeness: No severity: choose how bad the incident was (SEV1 is the worst)",
                file + ": measures.actionItems[0].owner: completeness: Action item 1 (\u201cTrain staff\u201d) has no owner: "
                        + "name the person or team who will do it",
                file + ": measures.actionItems[0].due: completeness: Action item 1 (\u201cTrain staff\u201d) has no due "
                        + "date: agree on when it will be done",
                file + ": measures.actionItems[0].priority: completeness: Action item 1 (\u201cTrain staff\u201d) has no "
                        + "priority: choose one (P0 is the most urgent)",
                file + ": rootCause \"TBD\" (47–50): completeness: \u201cTBD\u201d is an open question in a report marked "
                        + "final: answer it, or set the report back to draft or in review",
                file + ": rootCause \"junior developer accidentally\" (2–31): blameless: A person as the cause: Naming a "
                        + "person, or their role or seniority, as what made it happen puts the cause in who was at the "
                        + "keyboard rather than in what the system let anyone do. (suggestions: Describe the action "
                        + "without the person, and what allowed it: \"a command meant for staging ran against "
                        + "production; nothing asked for confirmation\".)");
        assertThat(run("check", "--only", "blameless", file.toString())).isEqualTo(1);
        assertThat(out.toString().split("\\R")).hasSize(1);
        assertThat(run("check", "--only", "completeness,spelling", file.toString())).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("blameless");
    }

    @Test
    void jsonGivesPathsTextsAndOffsetsOrNulls(@TempDir Path dir) throws IOException {
        Report r = ready().withSummary(ready().summary().withEndedAt(null)).withTitle("Human error on the primary");
        Path file = write(dir, "r.postmortem.json", r);
        assertThat(run("check", "--format", "json", file.toString())).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(out.toString()).get("findings");
        assertThat(findings).hasSize(2);
        JsonNode end = findings.get(0);
        assertThat(end.get("path").asText()).isEqualTo("summary.endedAt");
        assertThat(end.get("rule").asText()).isEqualTo("completeness");
        assertThat(end.get("severity").asText()).isEqualTo("warning");
        assertThat(end.get("text").asText()).isEmpty();
        assertThat(end.get("start").isNull()).isTrue();
        assertThat(end.get("end").isNull()).isTrue();
        assertThat(end.get("suggestions")).isEmpty();
        JsonNode blame = findings.get(1);
        assertThat(blame.get("path").asText()).isEqualTo("title");
        assertThat(blame.get("text").asText()).isEqualTo("Human error");
        assertThat(blame.get("start").asInt()).isZero();
        assertThat(blame.get("end").asInt()).isEqualTo(11);
        assertThat(blame.get("message").asText()).startsWith("\"Human error\" as the cause: A label, not an explanation");
        assertThat(blame.get("suggestions").get(0).asText()).startsWith("Say what the person did");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void dismissedCompletenessAndBlamelessFindingsDoNotCount(@TempDir Path dir) throws IOException {
        Report r = ready().withSeverity(null).withTitle("Human error on the primary");
        r = r.withReview(r.review().withDismissed(List.of(new Dismissal("completeness", "severity", ""),
                new Dismissal("blameless", "title", "Human error"))));
        assertThat(run("check", write(dir, "r.postmortem.json", r).toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unresolvedCommentsAreFoundOnlyWhenAsked(@TempDir Path repo) throws IOException {
        Report r = ready().withComments(List.of(new Comment("c1", "Ana", null, "Which host?", "rootCause", "", false,
                List.of(), Extras.NONE)));
        Path file = write(repo, "r.postmortem.json", r);
        assertThat(run("check", file.toString())).isZero();
        assertThat(run("check", "--only", "comments", file.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(file + ": rootCause: comments: A comment by Ana is not resolved: "
                + "\u201cWhich host?\u201d; answer it and mark it resolved" + System.lineSeparator());
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve(".hindsight"));
        Files.writeString(repo.resolve(".hindsight/check.json"), "{\"rules\": {\"comments\": {\"enabled\": true}}}");
        assertThat(run("check", "--format", "json", file.toString())).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out.toString()).get("findings").get(0).get("severity").asText())
                .isEqualTo("info");
    }

    @Test
    void theTeamsCheckJsonTurnsRulesOffAndChangesSeverities(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path team = Files.createDirectories(repo.resolve(".hindsight"));
        Path reports = Files.createDirectories(repo.resolve("postmortems"));
        Path file = write(reports, "r.postmortem.json", ready().withSeverity(null).withTitle("Human error"));
        Files.writeString(team.resolve("check.json"), "{\"rules\": {\"blameless\": {\"enabled\": false}, "
                + "\"completeness\": {\"severity\": \"error\"}}}");
        assertThat(run("check", "--format", "json", file.toString())).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(out.toString()).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("severity").asText()).isEqualTo("error");
        assertThat(run("check", "--only", "blameless", file.toString())).isEqualTo(1);

        Files.writeString(team.resolve("check.json"), "{\"rules\": {\"blameless\": {\"enabled\": false}, "
                + "\"completeness\": {\"skip\": [\"severity\"]}}}");
        assertThat(run("check", file.toString())).isZero();
    }

    @Test
    void aCheckJsonThatCannotBeUsedRefusesTheReportsItAppliesTo(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path team = Files.createDirectories(repo.resolve(".hindsight"));
        Files.writeString(team.resolve("check.json"), "{\"rules\": {\"blamless\": {\"enabled\": false}}}");
        Path file = write(repo, "r.postmortem.json", ready());
        assertThat(run("check", file.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(file + ": not checked: " + team.resolve("check.json")
                + ": line 1, column 12: no rule named \"blamless\" (rules: completeness, blameless, spelling, comments)"
                + System.lineSeparator());
        assertThat(run("check", "--format", "json", file.toString())).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("refused").get(0).get("message").asText()).contains("no rule named \"blamless\"");
        assertThat(doc.get("findings")).isEmpty();
    }

    @Test
    void theSeedReportIsFlaggedForItsJuniorDeveloperAndMissingOwners() {
        assertThat(run("check", Fixtures.path(Fixtures.EXAMPLE).toString())).isEqualTo(1);
        assertThat(out.toString()).contains("summary.rootCause \"junior developer accidentally\" (2–31): blameless: ",
                "measures.actionItems[3].owner: completeness: Action item 4 (\u201cTrain staff\u201d) has no owner",
                "measures.actionItems[3].details \"the importance of caution\"");
    }

    @Test
    void helpNamesEveryRuleAndTheSettingsFile() {
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString()).contains("completeness", "blameless", "spelling", "comments", "check.json",
                "3   an internal error");
    }
}
