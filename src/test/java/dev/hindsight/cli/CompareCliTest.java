package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hindsight diff, show, git-diff and merge, run in-process as a user types them. */
class CompareCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Report example() throws Exception {
        return new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
    }

    private Path write(String name, Report report) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, new ReportEncoder().encode(report));
        return file;
    }

    private static Report withRow(Report r, int at, String text) {
        List<TimelineEntry> rows = new ArrayList<>(r.timeline());
        rows.add(at, new TimelineEntry(Instant.parse("2024-06-10T11:07:00Z"), EntryKind.NOTE, text));
        return r.withTimeline(rows);
    }

    @Test
    void diffOfTheSameReportInAnotherLayoutSaysSoAndExitsZero() throws Exception {
        Path a = Fixtures.path(Fixtures.EXAMPLE);
        Path compact = dir.resolve("compact.json");
        Files.writeString(compact, new ObjectMapper().readTree(a.toFile()).toString());
        assertThat(run("diff", a.toString(), compact.toString())).isZero();
        assertThat(out.toString()).isEqualTo(a + " and " + compact + ": no difference in meaning\n");
    }

    @Test
    void diffPrintsTheDifferencesSectionBySectionAndExitsOne() throws Exception {
        Report ours = example();
        Report theirs = withRow(ours.withTitle("Database Vanished Again"), 2, "Paged the DBA")
                .withRootCause(ours.rootCause() + "\nIt was Friday.");
        int exit = run("diff", write("a.json", ours).toString(), write("b.json", theirs).toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "Issue Summary",
                "  title: changed: \"Database Vanished\" → \"Database Vanished Again\"",
                "Timeline",
                "  timeline[2]: added: {\"at\":\"2024-06-10T11:07:00Z\",\"kind\":\"note\",\"text\":\"Paged the DBA\"}",
                "Root Cause",
                "  rootCause, line 2: added",
                "    + It was Friday.",
                ""));
    }

    @Test
    void diffAsJsonIsOneDocumentWithTheValuesAsJson() throws Exception {
        Report ours = example();
        Report theirs = withRow(ours.withSeverity(null), 0, "First");
        int exit = run("diff", "--format", "json", write("a.json", ours).toString(), write("b.json", theirs).toString());
        assertThat(exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("differences")).hasSize(2);
        JsonNode severity = json.get("differences").get(0);
        assertThat(severity.get("path").textValue()).isEqualTo("severity");
        assertThat(severity.get("change").textValue()).isEqualTo("changed");
        assertThat(severity.get("ours").textValue()).isEqualTo("SEV1");
        assertThat(severity.get("theirs").isNull()).isTrue();
        JsonNode row = json.get("differences").get(1);
        assertThat(row.get("path").textValue()).isEqualTo("timeline[0]");
        assertThat(row.get("change").textValue()).isEqualTo("added");
        assertThat(row.get("ours").isNull()).isTrue();
        assertThat(row.get("theirs").get("text").textValue()).isEqualTo("First");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void diffAsJsonKeepsHalvesOfSurrogatePairsThatAReportHolds() throws Exception {
        // "\\ud800" is a valid JSON escape, so a report can hold half a pair; the diff must still be JSON.
        Report ours = example();
        Report theirs = ours.withTitle("Lone \ud800 high, lone \udfff low, pair \ud83d\ude00")
                .withRootCause("\udbff");
        int exit = run("diff", "--format", "json", write("a.json", ours).toString(), write("b.json", theirs).toString());
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("\\ud800").contains("\\udfff").contains("\\udbff");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("differences").get(0).get("theirs").textValue())
                .isEqualTo("Lone \ud800 high, lone \udfff low, pair \ud83d\ude00");
        assertThat(json.get("differences").get(1).get("theirs").textValue().strip()).isEqualTo("\udbff");
    }

    @Test
    void diffRefusesAFileThatDoesNotValidateLikeValidate() throws Exception {
        Path bad = Fixtures.path("broken/bad-instant.json");
        assertThat(run("diff", Fixtures.path(Fixtures.EXAMPLE).toString(), bad.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(bad + ": timeline[3].at (line 39, column 13): expected an instant with "
                + "a zone offset, such as \"2024-06-10T11:00:00Z\", found \"yesterday at noon\"\n");
    }

    @Test
    void diffAndMergeAsJsonPrintOneJsonDocumentSayingWhatTheyRefused() throws Exception {
        Path bad = Fixtures.path("broken/truncated.json");
        assertThat(run("diff", "--format=json", bad.toString(), bad.toString())).isEqualTo(1);
        JsonNode diff = new ObjectMapper().readTree(out.toString());
        assertThat(diff.get("differences")).isEmpty();
        assertThat(diff.at("/refused/0/file").asText()).isEqualTo(bad.toString());
        assertThat(diff.at("/refused/0/message").asText()).startsWith(bad + ": ");
        assertThat(diff.get("refused")).hasSize(1);
        assertThat(err.toString()).startsWith(bad + ": ");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Path b = write("base.json", example());
        Path o = write("ours.json", example().withTitle("Ours"));
        assertThat(run("merge", "--format=json", b.toString(), o.toString(), bad.toString())).isEqualTo(1);
        JsonNode merge = new ObjectMapper().readTree(out.toString());
        assertThat(merge.get("findings")).isEmpty();
        assertThat(merge.at("/refused/0/file").asText()).isEqualTo(bad.toString());
        assertThat(merge.at("/refused/0/message").asText()).startsWith(bad + " (theirs): ").endsWith("(nothing was merged or written)");
        assertThat(err.toString()).startsWith(bad + " (theirs): ");
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertThat(run("diff", "only-one.json")).isEqualTo(2);
        assertThat(run("diff", "--format", "xml", "a.json", "b.json")).isEqualTo(2);
        assertThat(run("merge", "base.json", "ours.json")).isEqualTo(2);
    }

    @Test
    void showPrintsOneLinePerRowWithTimesInTheReportsZone() throws Exception {
        Report r = example().withTimeZone("Europe/Berlin");
        assertThat(run("show", write("r.json", r).toString())).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Title: Database Vanished\nIncident: INC-2024-0610\nSeverity: SEV1\n");
        assertThat(text).contains("\n== Timeline ==\n2024-06-10 13:00  detection      The issue was detected when "
                + "users began reporting errors and data loss.\n");
        assertThat(text).contains("\n  - Update access controls  [type prevent, priority P1, status open]\n");
        // The same report gives the same text.
        out.getBuffer().setLength(0);
        run("show", write("r2.json", r).toString());
        assertThat(out.toString()).isEqualTo(text);
    }

    @Test
    void showRefusesABrokenFileUnlessLenientForGit() throws Exception {
        Path broken = Fixtures.path("broken/truncated.json");
        assertThat(run("show", broken.toString())).isEqualTo(1);
        out.getBuffer().setLength(0);
        assertThat(run("show", "--lenient", broken.toString())).isZero();
        assertThat(out.toString()).startsWith(broken + ": line 79").endsWith(Files.readString(broken));
    }

    @Test
    void gitDiffTakesGitsSevenArgumentsAndAlwaysExitsZero() throws Exception {
        Path a = write("a.json", example());
        Path b = write("b.json", example().withTitle("New"));
        assertThat(run("git-diff", "reports/db.postmortem.json", a.toString(), "abc", "100644", b.toString(), "def",
                "100644")).isZero();
        assertThat(out.toString()).isEqualTo("hindsight diff a/reports/db.postmortem.json b/reports/db.postmortem.json\n"
                + "Issue Summary\n  title: changed: \"Database Vanished\" → \"New\"\n");
        out.getBuffer().setLength(0);
        assertThat(run("git-diff", "db.postmortem.json", "/dev/null", ".", ".", b.toString(), "def", "100644")).isZero();
        assertThat(out.toString()).startsWith("hindsight diff a/db.postmortem.json b/db.postmortem.json\nnew report:\n"
                + "+ Title: New\n");
    }

    @Test
    void mergeWithoutConflictsWritesOursAndExitsZero() throws Exception {
        Report base = example();
        Path b = write("base.json", base);
        Path o = write("ours.json", base.withTitle("Ours title"));
        Path t = write("theirs.json", withRow(base, 3, "Theirs row"));
        assertThat(run("merge", b.toString(), o.toString(), t.toString())).isZero();
        assertThat(out.toString()).isEqualTo(o + ": merged\n");
        Report merged = new ReportReader().read(o).report();
        assertThat(merged.title()).isEqualTo("Ours title");
        assertThat(merged.timeline().get(3).text()).isEqualTo("Theirs row");
        assertThat(merged.mergeConflicts()).isEmpty();
    }

    @Test
    void mergeWithConflictsRecordsThemPrintsThemAsFindingsAndExitsOne() throws Exception {
        Report base = example();
        Path b = write("base.json", base);
        Path o = write("ours.json", base.withTitle("Ours"));
        byte[] oursBefore = Files.readAllBytes(o);
        Path t = write("theirs.json", base.withTitle("Theirs"));
        Path result = dir.resolve("out.json");
        assertThat(run("merge", b.toString(), o.toString(), t.toString(), "-o", result.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(result + ": title: conflict: both copies changed this differently: ours "
                + "\"Ours\", theirs \"Theirs\" (base \"Database Vanished\"); the report holds ours until the conflict "
                + "is resolved (suggestions: Theirs)\n" + result + ": merged, with 1 conflict recorded in the report "
                + "(it holds ours there; each record keeps base, ours and theirs)\n");
        assertThat(Files.readAllBytes(o)).isEqualTo(oursBefore);
        Report merged = new ReportReader().read(result).report();
        assertThat(merged.title()).isEqualTo("Ours");
        assertThat(merged.formatVersion()).isEqualTo(2);
        assertThat(merged.mergeConflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("title");
            assertThat(c.theirs().text()).isEqualTo("\"Theirs\"");
        });
    }

    @Test
    void mergeFindingsAsJsonHaveTheSharedShape() throws Exception {
        Report base = example();
        Path o = write("ours.json", base.withRootCause("Ours"));
        int exit = run("merge", "--format", "json", write("base.json", base).toString(), o.toString(),
                write("theirs.json", base.withRootCause("Theirs")).toString());
        assertThat(exit).isEqualTo(1);
        JsonNode finding = new ObjectMapper().readTree(out.toString()).get("findings").get(0);
        assertThat(finding.get("file").textValue()).isEqualTo(o.toString());
        assertThat(finding.get("rule").textValue()).isEqualTo("conflict");
        assertThat(finding.get("path").textValue()).isEqualTo("rootCause");
        assertThat(finding.get("text").textValue()).isEqualTo("Ours");
        assertThat(finding.get("start").intValue()).isZero();
        assertThat(finding.get("end").intValue()).isEqualTo(4);
        assertThat(finding.get("suggestions").get(0).textValue()).isEqualTo("Theirs");
    }

    @Test
    void aSideThatDoesNotValidateIsRefusedAndEveryFileStaysAsItWas() throws Exception {
        Path b = write("base.json", example());
        Path o = write("ours.json", example().withTitle("Ours"));
        Path t = Fixtures.copy("broken/bad-instant.json", dir);
        byte[] before = Files.readAllBytes(o);
        assertThat(run("merge", b.toString(), o.toString(), t.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(t + " (theirs): timeline[3].at (line 39, column 13): expected an instant with a "
                + "zone offset, such as \"2024-06-10T11:00:00Z\", found \"yesterday at noon\" (nothing was merged or "
                + "written)\n");
        assertThat(Files.readAllBytes(o)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void anEmptyBaseIsNoCommonAncestor() throws Exception {
        Path b = dir.resolve("empty");
        Files.write(b, new byte[0]);
        Report one = Report.blank().withTitle("Same").withTimeline(withRow(Report.blank(), 0, "Ours").timeline());
        Report two = Report.blank().withTitle("Same").withTimeline(withRow(Report.blank(), 0, "Theirs").timeline());
        Path o = write("ours.json", one);
        assertThat(run("merge", b.toString(), o.toString(), write("theirs.json", two).toString())).isZero();
        assertThat(new ReportReader().read(o).report().timeline()).extracting(TimelineEntry::text)
                .containsExactly("Ours", "Theirs");
        assertThat(Files.readString(o, StandardCharsets.UTF_8)).contains("\"title\": \"Same\"");
    }
}
