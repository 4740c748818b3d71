package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.SmallLibrary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight stats} and {@code hindsight actions} on the small library written by hand;
 * LibraryFiguresTest works the figures out.
 */
class LibraryCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dir;
    private Path reports;

    @BeforeEach
    void copy() {
        reports = SmallLibrary.copyTo(dir);
    }

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void statsAsJsonHasTheDocumentedShapeAndFailsWithOneWhenFilesAreRefused() throws Exception {
        int exit = run("stats", reports.toString(), "--today", "2024-07-01", "--format", "json");
        assertThat(exit).isEqualTo(1);
        String broken = reports.resolve("notes/broken.postmortem.json").toString();
        String notReport = reports.resolve("notes/package.postmortem.json").toString();
        assertThat(json()).isEqualTo(new ObjectMapper().readTree("""
                {"reports": 6,
                 "bySeverity": {"SEV1": 1, "SEV2": 2, "SEV3": 1, "sev1": 1, "none": 1},
                 "byStatus": {"draft": 1, "in-review": 1, "final": 4},
                 "timeToDetectMinutes": {"median": 20, "p90": 36, "count": 5},
                 "timeToResolveMinutes": {"median": 97.5, "p90": 210, "count": 6},
                 "actionItems": {"open": 6, "overdue": 3},
                 "refused": [
                   {"file": "%s", "message": "line 11, column 14: the file ends in the middle of the JSON (is it truncated?)"},
                   {"file": "%s", "message": "line 1, column 1: not a Hindsight report: the key \\"format\\" is missing (expected \\"format\\": \\"postmortem-report\\")"}
                 ]}
                """.formatted(broken, notReport)));
        assertThat(err.toString().split("\\R")).containsExactly(
                broken + ": line 11, column 14: the file ends in the middle of the JSON (is it truncated?)",
                notReport + ": line 1, column 1: not a Hindsight report: the key \"format\" is missing "
                        + "(expected \"format\": \"postmortem-report\")");
    }

    @Test
    void statsOfOnlyValidFilesExitsZeroAndSinceUntilKeepTheQuarter() throws Exception {
        int exit = run("stats", reports.resolve("2024").toString(), reports.resolve("2023").toString(),
                "--since", "2024-04-01", "--until", "2024-06-30", "--today", "2024-07-01", "--format", "json");
        assertThat(exit).isZero();
        JsonNode json = json();
        assertThat(json.get("reports").asInt()).isEqualTo(5);
        assertThat(json.at("/timeToDetectMinutes/median").decimalValue()).isEqualByComparingTo("15");
        assertThat(json.at("/timeToDetectMinutes/p90").decimalValue()).isEqualByComparingTo("27");
        assertThat(json.at("/timeToResolveMinutes/p90").decimalValue()).isEqualByComparingTo("156");
        assertThat(json.at("/actionItems/overdue").asInt()).isEqualTo(2);
        assertThat(json.get("refused")).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void todayDecidesWhatIsOverdue() throws Exception {
        run("stats", reports.toString(), "--today", "2024-01-01", "--format", "json");
        assertThat(json().at("/actionItems/overdue").asInt()).isZero();
    }

    @Test
    void statsAsTextAndCsv() {
        run("stats", reports.toString(), "--today", "2024-07-01");
        assertThat(out.toString()).contains("Reports          6", "By severity      SEV1 1, SEV2 2, SEV3 1, sev1 1, none 1",
                "Time to resolve  median 97.5 min, 90th percentile 210 min (6 reports)",
                "Action items     6 open, 3 overdue on 2024-07-01", "Refused          2 files (named on standard error)");
        out.getBuffer().setLength(0);
        run("stats", reports.toString(), "--today", "2024-07-01", "--format", "csv");
        assertThat(out.toString()).startsWith("figure,key,value\nreports,,6\nbySeverity,SEV1,1\n")
                .contains("timeToDetectMinutes,median,20\ntimeToDetectMinutes,p90,36\n", "actionItems,overdue,3\n");
    }

    @Test
    void actionsAsJsonListEachItemWithItsPlace() throws Exception {
        int exit = run("actions", reports.resolve("2024").toString(), "--overdue", "--today", "2024-07-01",
                "--format", "json");
        assertThat(exit).isZero();
        assertThat(json()).isEqualTo(new ObjectMapper().readTree("""
                {"actionItems": [
                  {"file": "%s", "path": "measures.actionItems[0]", "title": "Automate certificate renewal",
                   "owner": "Ana", "due": "2024-06-01", "priority": "P1", "status": "open", "overdue": true},
                  {"file": "%s", "path": "measures.actionItems[0]", "title": "Keep the session cache across deploys",
                   "owner": "Bo", "due": "2024-06-30", "priority": "P0", "status": "in-progress", "overdue": true}
                 ],
                 "refused": []}
                """.formatted(reports.resolve("2024/a-checkout.postmortem.json"),
                reports.resolve("2024/b-login.postmortem.json"))));
    }

    @Test
    void actionsFiltersByOwnerAndOpenness() throws Exception {
        run("actions", reports.toString(), "--open", "--owner", "cy", "--today", "2024-07-01", "--format", "json");
        assertThat(json().get("actionItems")).extracting(n -> n.get("title").asText(), n -> n.get("due").isNull())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dimensionner la file", false),
                        org.assertj.core.groups.Tuple.tuple("Guard the live index", true));
        out.getBuffer().setLength(0);
        run("actions", reports.resolve("2024/a-checkout.postmortem.json").toString(), "--today", "2024-07-01");
        assertThat(out.toString().split("\\R")).containsExactly(
                "2024-05-01  P2  done         Bo   Write the runbook  (" + reports.resolve("2024/a-checkout.postmortem.json")
                        + " measures.actionItems[1])",
                "2024-06-01  P1  open         Ana  Automate certificate renewal  (" + reports.resolve(
                        "2024/a-checkout.postmortem.json") + " measures.actionItems[0])  OVERDUE",
                "2024-08-01  P1  in-progress  ana  Alert 30 days before expiry  (" + reports.resolve(
                        "2024/a-checkout.postmortem.json") + " measures.actionItems[2])");
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertThat(run("stats", reports.toString(), "--today", "yesterday")).isEqualTo(2);
        assertThat(run("stats", reports.toString(), "--since", "2024-06-01", "--until", "2024-05-01")).isEqualTo(2);
        assertThat(run("stats")).isEqualTo(2);
        assertThat(run("actions", reports.toString(), "--format", "xml")).isEqualTo(2);
    }

    @Test
    void aWrongDateIsSaidInWordsNotAsJavasException() {
        assertThat(run("stats", reports.toString(), "--since", "2024-02-30")).isEqualTo(2);
        assertThat(run("actions", reports.toString(), "--today", "30/06/2024")).isEqualTo(2);
        assertThat(run("stats", reports.toString(), "--until", "2024-13-01")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(3).allSatisfy(line -> assertThat(line)
                .doesNotContain("java.", "LocalDate", "Exception", "FEBRUARY"));
        assertThat(err.toString()).contains("\"2024-02-30\" is not a day of the calendar",
                "\"30/06/2024\" is not a date written YYYY-MM-DD, such as 2024-06-30",
                "\"2024-13-01\" is not a day of the calendar");
    }

    @Test
    void aMissingPathIsRefusedNotFatal() throws Exception {
        Path missing = dir.resolve("nowhere");
        assertThat(run("stats", missing.toString(), reports.resolve("2024").toString(), "--format", "json")).isEqualTo(1);
        assertThat(json().get("reports").asInt()).isEqualTo(5);
        assertThat(json().at("/refused/0/message").asText()).isEqualTo("no such file or folder");
    }
}
