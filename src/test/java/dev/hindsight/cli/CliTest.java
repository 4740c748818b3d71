package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process, as a user would type it. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String[] lines() {
        return out.toString().split("\\R");
    }

    @Test
    void validatePrintsOneLinePerFileAndFailsWhenOneIsRefused() {
        Path good = Fixtures.path(Fixtures.EXAMPLE);
        Path bad = Fixtures.path("broken/bad-instant.json");
        int exit = run("validate", good.toString(), bad.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(lines()).containsExactly(good + ": OK",
                bad + ": timeline[3].at (line 39, column 13): expected an instant with a zone offset, such as "
                        + "\"2024-06-10T11:00:00Z\", found \"yesterday at noon\"");
    }

    @Test
    void warningsDoNotFail() {
        Path newer = Fixtures.path("odd/newer-version.json");
        assertThat(run("validate", newer.toString())).isZero();
        assertThat(lines()).singleElement().asString()
                .startsWith(newer + ": OK, with 2 warnings: this report was made by a newer version");
    }

    @Test
    void formatRewritesOnlyTheLayoutAndLeavesRefusedFilesUntouched(@TempDir Path dir) throws Exception {
        Path messy = Fixtures.copy("odd/bom-crlf.json", dir);
        Path broken = Fixtures.copy("broken/truncated.json", dir);
        byte[] brokenBefore = Files.readAllBytes(broken);
        int exit = run("format", messy.toString(), broken.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readAllBytes(messy)).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
        assertThat(Files.readAllBytes(broken)).isEqualTo(brokenBefore);
        assertThat(lines()).containsExactly(messy + ": formatted",
                broken + ": line 79, column 95: the file ends in the middle of the JSON (is it truncated?) (left untouched)");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void formatOnACanonicalFileSaysSo(@TempDir Path dir) {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        assertThat(run("format", file.toString())).isZero();
        assertThat(lines()).containsExactly(file + ": already canonical");
    }

    @Test
    void exportWritesThePdfNextToTheInputByDefault(@TempDir Path dir) throws Exception {
        Path report = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Files.move(report, dir.resolve("db.postmortem.json"));
        Path input = dir.resolve("db.postmortem.json");
        assertThat(run("export", input.toString())).isZero();
        Path pdf = dir.resolve("db.pdf");
        assertThat(lines()).containsExactly(pdf + ": written (3 pages)");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void exportWritesBothFormatsWhereAsked(@TempDir Path dir) throws Exception {
        Path input = Fixtures.path(Fixtures.EXAMPLE);
        Path pdf = dir.resolve("out/leadership.pdf");
        Files.createDirectories(pdf.getParent());
        Path md = dir.resolve("wiki.md");
        assertThat(run("export", input.toString(), "--pdf", pdf.toString(), "--md=" + md, "--page-size", "letter"))
                .isZero();
        assertThat(lines()).containsExactly(pdf + ": written (3 pages)", md + ": written");
        assertThat(Files.readString(md)).startsWith("# Database Vanished\n");
        String pdfText = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdfText).contains("/MediaBox[0 0 612 792]");
    }

    @Test
    void onlyMarkdownWhenOnlyMarkdownIsAsked(@TempDir Path dir) throws Exception {
        Path input = Fixtures.copy(Fixtures.EXAMPLE, dir);
        assertThat(run("export", input.toString(), "--md")).isZero();
        assertThat(lines()).containsExactly(dir.resolve("database-vanished.md") + ": written");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void exportRefusesAnInvalidFileWithTheValidateMessageAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = Fixtures.copy("broken/bad-instant.json", dir);
        assertThat(run("export", bad.toString(), "--pdf", "--md")).isEqualTo(1);
        assertThat(lines()).containsExactly(bad + ": timeline[3].at (line 39, column 13): expected an instant with a "
                + "zone offset, such as \"2024-06-10T11:00:00Z\", found \"yesterday at noon\"");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void charactersNoFontHasAreAWarningNotAFailure(@TempDir Path dir) throws java.io.IOException {
        // Linear B and cuneiform: no bundled font has them (the multilingual fixture's emoji now have one).
        Path input = Files.writeString(dir.resolve("scripts.postmortem.json"), "{\"format\":\"postmortem-report\","
                + "\"formatVersion\":1,\"title\":\"Linear B \uD800\uDC00 and cuneiform \uD808\uDC00\"}");
        Path pdf = dir.resolve("m.pdf");
        assertThat(run("export", input.toString(), "--pdf=" + pdf)).isZero();
        assertThat(lines()).hasSize(2);
        assertThat(lines()[1]).startsWith(pdf + ": warning: 2 characters could not be shown")
                .contains("U+10000 \"\uD800\uDC00\" in title");
    }

    @Test
    void exportUsageErrors(@TempDir Path dir) {
        Path input = Fixtures.copy(Fixtures.EXAMPLE, dir);
        assertThat(run("export", input.toString(), "--page-size", "A5")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--page-size'");
        assertThat(run("export", input.toString(), "--md", input.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("an export must not overwrite the report it is made from");
        assertThat(run("export", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("missing.json");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Hindsight ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "format", "export", "Exit codes:");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run("validate")).as("validate needs a file").isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void onlyOptionsAndSubcommandsAreForTheCommandLine() {
        assertThat(HindsightCommand.isCommandLine(new String[] {"validate", "x"})).isTrue();
        assertThat(HindsightCommand.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(HindsightCommand.isCommandLine(new String[] {})).isFalse();
        assertThat(HindsightCommand.isCommandLine(new String[] {"report.postmortem.json"})).isFalse();
    }
}
