package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight check}: findings for people and tools, and exit codes CI can rely on. */
class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path write(Path dir, String name, Report report) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new ReportEncoder().encode(report));
        return file;
    }

    private static Report typos() {
        return Report.blank().withTitle("Teh outage").withTimeline(List.of(
                new TimelineEntry(null, EntryKind.DETECTION, "Alert fired"),
                new TimelineEntry(null, EntryKind.NOTE, "A definately bad `deploy` on https://x.example/mesage")));
    }

    @Test
    void textIsOneLinePerFindingAndSomethingFoundExitsOne(@TempDir Path dir) throws IOException {
        Path file = write(dir, "a.postmortem.json", typos());
        assertThat(run("check", "--only", "spelling", file.toString())).isEqualTo(1);
        assertThat(out.toString().split("\\R")).containsExactly(
                file + ": title \"Teh\" (0–3): spelling: \"Teh\" is not in the en-US dictionary "
                        + "(suggestions: The, Ten, Tea, Tech, Ted)",
                file + ": timeline[1].text \"definately\" (2–12): spelling: \"definately\" is not in the en-US "
                        + "dictionary (suggestions: definitely)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void nothingFoundExitsZeroAndPrintsNothing() {
        assertThat(run("check", "--only", "spelling", Fixtures.path(Fixtures.EXAMPLE).toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void jsonIsOneDocumentWithOffsetsAndSuggestions(@TempDir Path dir) throws IOException {
        Path file = write(dir, "a.postmortem.json", typos());
        assertThat(run("check", "--only", "spelling", "--format", "json", file.toString())).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("findings")).hasSize(2);
        JsonNode second = doc.get("findings").get(1);
        assertThat(second.get("file").asText()).isEqualTo(file.toString());
        assertThat(second.get("path").asText()).isEqualTo("timeline[1].text");
        assertThat(second.get("rule").asText()).isEqualTo("spelling");
        assertThat(second.get("severity").asText()).isEqualTo("warning");
        assertThat(second.get("text").asText()).isEqualTo("definately");
        assertThat(second.get("start").asInt()).isEqualTo(2);
        assertThat(second.get("end").asInt()).isEqualTo(12);
        assertThat(second.get("suggestions").get(0).asText()).isEqualTo("definitely");
        assertThat(doc.get("notes")).isEmpty();
        assertThat(doc.get("refused")).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void dismissedFindingsDoNotCount(@TempDir Path dir) throws IOException {
        Report r = typos().withReview(Review.EMPTY.withDismissed(List.of(new Dismissal("spelling", "title", "Teh"),
                new Dismissal("spelling", "timeline[1].text", "definately"))));
        assertThat(run("check", "--only", "spelling", write(dir, "a.postmortem.json", r).toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aWrongCommandLineExitsTwo(@TempDir Path dir) throws IOException {
        Path file = write(dir, "a.postmortem.json", typos());
        assertThat(run("check", "--only", "spelling,grammar", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--only grammar: no such rule (rules: completeness, blameless, spelling, comments)");
        assertThat(run("check", "--language", "!!", file.toString())).isEqualTo(2);
        assertThat(run("check", "--words", dir.resolve("missing.txt").toString(), file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--words " + dir.resolve("missing.txt"));
        assertThat(run("check", "--format", "xml", file.toString())).isEqualTo(2);
        assertThat(run("check")).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAReportIsRefusedAsValidateDoes(@TempDir Path dir) throws IOException {
        Path bad = Fixtures.path("broken/bad-instant.json");
        Path good = write(dir, "ok.postmortem.json", Report.blank().withTitle("Fine"));
        assertThat(run("check", "--only", "spelling", good.toString(), bad.toString())).isEqualTo(1);
        assertThat(out.toString().split("\\R")).containsExactly(bad + ": timeline[3].at (line 39, column 13): "
                + "expected an instant with a zone offset, such as \"2024-06-10T11:00:00Z\", found \"yesterday at noon\"");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--format", "json", bad.toString())).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("refused").get(0).get("file").asText()).isEqualTo(bad.toString());
        assertThat(doc.get("findings")).isEmpty();
    }

    @Test
    void languageComesFromTheReportOrTheOptionNeverTheLocale(@TempDir Path dir) throws IOException {
        Report british = Report.blank().withRootCause("The colour changed.").withLanguage("en-GB");
        Path file = write(dir, "gb.postmortem.json", british);
        assertThat(run("check", "--only", "spelling", file.toString())).isZero();
        assertThat(run("check", "--only", "spelling", "--language", "en-US", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("\"colour\" is not in the en-US dictionary");
    }

    @Test
    void aLanguageWithoutDictionaryIsANoteNotAFailure(@TempDir Path dir) throws IOException {
        Path file = write(dir, "de.postmortem.json", Report.blank().withRootCause("Der Dienst fiel aus.").withLanguage("de"));
        assertThat(run("check", "--only", "spelling", file.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(file + ": spelling: note: spelling not checked: there is no spelling "
                + "dictionary for the language \"de\"");
        err.getBuffer().setLength(0);
        assertThat(run("check", "--only", "spelling", "--format", "json", file.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("notes").get(0).get("rule").asText())
                .isEqualTo("spelling");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void teamWordListsBesideTheReportAndFromTheOptionAreUsed(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve(".hindsight"));
        Files.writeString(repo.resolve(".hindsight/words.txt"), "Zorbex\n");
        Path more = Files.writeString(repo.resolve("extra-words.txt"), "quuxdb\n");
        Path reports = Files.createDirectories(repo.resolve("postmortems"));
        Path file = write(reports, "a.postmortem.json", Report.blank().withRootCause("Zorbex and quuxdb failed."));
        assertThat(run("check", "--only", "spelling", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("\"quuxdb\"").doesNotContain("\"Zorbex\"");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--only", "spelling", "--words", more.toString(), file.toString())).isZero();
    }

    @Test
    void theSubcommandIsListedAndHasHelp() {
        assertThat(CommandNames.isCommandLine(new String[] {"check", "x"})).isTrue();
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString()).contains("--only=RULE[,RULE...]", "spelling", "Exit codes:");
    }
}
