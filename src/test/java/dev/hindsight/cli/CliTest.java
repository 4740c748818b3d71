package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.platform.AppDirs;
import dev.hindsight.platform.Logs;
import dev.hindsight.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line run in-process, as a user would type it. */
@Tag("messages")
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
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(612);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(792);
        reader.close();
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
        assertThat(run("export", input.toString(), "--md=" + input)).isEqualTo(2);
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
        assertThat(CommandNames.isCommandLine(new String[] {"validate", "x"})).isTrue();
        assertThat(CommandNames.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(CommandNames.isCommandLine(new String[] {})).isFalse();
        assertThat(CommandNames.isCommandLine(new String[] {"report.postmortem.json"})).isFalse();
    }

    @Test
    void helpAndHelpOfACommandPrintTheUsageAndSucceed() {
        assertThat(run("help")).isZero();
        assertThat(out.toString()).startsWith("Usage: hindsight").contains("validate", "format", "export", "help");
        assertThat(run("help", "export")).isZero();
        assertThat(out.toString()).contains("Usage: hindsight export");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyRegisteredSubcommandStartsTheCommandLineNotTheWindow() {
        CommandLine cli = HindsightCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        assertThat(cli.getSubcommands()).isNotEmpty();
        cli.getSubcommands().forEach((name, sub) -> {
            assertThat(CommandNames.isCommandLine(new String[] {name})).as(name).isTrue();
            for (String alias : sub.getCommandSpec().aliases()) {
                assertThat(CommandNames.isCommandLine(new String[] {alias})).as(alias).isTrue();
            }
        });
        assertThat(HindsightCommand.subcommandNames()).isEqualTo(cli.getSubcommands().keySet());
        assertThat(CommandNames.SUBCOMMANDS).as("the names the window's start-up knows without the commands")
                .isEqualTo(HindsightCommand.subcommandNames());
    }

    /**
     * Running a command builds only that command (picocli reflects over every registered one at
     * start-up); help, the usage and a wrong name still see them all, and every command behaves
     * the same either way.
     */
    @Test
    void runningACommandBuildsOnlyThatCommandAndHelpStillListsThemAll() {
        CommandLine validate = HindsightCommand.commandLine(new PrintWriter(out), new PrintWriter(err),
                new String[] {"validate", "x.json"});
        assertThat(validate.getSubcommands().keySet()).containsExactly("validate");
        CommandLine all = HindsightCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"}, new String[] {},
                new String[] {"valdate"})) {
            assertThat(HindsightCommand.commandLine(new PrintWriter(out), new PrintWriter(err), args)
                    .getSubcommands().keySet()).as(String.join(" ", args)).isEqualTo(all.getSubcommands().keySet());
        }
        assertThat(run("valdate", "x.json")).isEqualTo(2);
        assertThat(err.toString()).startsWith("hindsight: Unmatched argument").contains("Did you mean: validate");
    }

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        CommandLine cli = HindsightCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        for (String name : List.of("validate", "format", "export")) {
            StringWriter usage = new StringWriter();
            cli.getSubcommands().get(name).usage(new PrintWriter(usage));
            assertThat(usage.toString()).as(name).contains("Exit codes:", "  2   the command line was wrong",
                    "  3   an internal error (the message names the log)");
        }
    }

    /** A command that fails unexpectedly, added to the real command line with its real failure handling. */
    @Command(name = "boom")
    static final class Boom implements Runnable {
        static Throwable failure;

        @Override
        public void run() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    @Test
    void anInternalErrorExitsWithThreeAndNamesTheLog() {
        CommandLine cli = HindsightCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), new Boom());
        Boom.failure = new IllegalStateException("a bug");
        assertThat(HindsightCommand.execute(cli, new String[] {"boom"})).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("hindsight boom: internal error: java.lang.IllegalStateException: a bug "
                + "(details: see the log " + Logs.file() + "); please report it" + System.lineSeparator());
        assertThat(Logs.file()).isEqualTo(AppDirs.current().data().resolve("logs").resolve("hindsight.log"));
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingWhatToDo() {
        CommandLine cli = HindsightCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), new Boom());
        Boom.failure = new OutOfMemoryError("Java heap space");
        assertThat(HindsightCommand.execute(cli, new String[] {"boom"})).isEqualTo(3);
        assertThat(err.toString().split("\\R")).singleElement().asString()
                .startsWith("hindsight boom: not enough memory: Java may use at most ")
                .contains("MiB here. Give it more with -Xmx, e.g. java -Xmx1g -jar hindsight.jar boom \u2026")
                .contains("JAVA_TOOL_OPTIONS=-Xmx1g");
    }

    @Test
    void theSameOutputForBothFormatsIsAUsageError(@TempDir Path dir) throws Exception {
        Path input = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Path same = dir.resolve("o.out");
        assertThat(run("export", input.toString(), "--pdf=" + same, "--md=" + same)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("hindsight export: " + same + ": --pdf and --md name the same file; each "
                + "format needs its own (see 'hindsight export --help')" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(same).doesNotExist();
    }

    @Test
    void anOutputNeverReplacesTheInputOrAnotherReportWhateverTheOrder(@TempDir Path dir) throws Exception {
        Path a = Files.copy(Fixtures.path(Fixtures.EXAMPLE), dir.resolve("a.postmortem.json"));
        Path b = Files.copy(Fixtures.path("multilingual.postmortem.json"), dir.resolve("b.postmortem.json"));
        byte[] bBefore = Files.readAllBytes(b);
        assertThat(run("export", a.toString(), "--pdf=" + b)).isEqualTo(2);
        assertThat(err.toString()).contains("hindsight export: " + b + ": this is a Hindsight report; an export never "
                + "writes over a report (name another output) (see 'hindsight export --help')");
        assertThat(run("export", a.toString(), "--pdf=" + a)).isEqualTo(2);
        assertThat(err.toString()).contains("hindsight export: " + a + ": an export must not overwrite the report it "
                + "is made from (see 'hindsight export --help')");
        assertThat(err.toString()).doesNotContain("Usage:");
        assertThat(Files.readAllBytes(b)).isEqualTo(bBefore);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(a, b);
        }
        // A report after --pdf, --md, --html or --docx is one more FILE to export, never an output.
        assertThat(run("export", a.toString(), "--md", b.toString())).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(bBefore);
        assertThat(dir.resolve("a.md")).exists();
        assertThat(dir.resolve("b.md")).exists();
        assertThat(run("export", "--pdf", a.toString())).as("--pdf then FILE: FILE is the input").isZero();
        assertThat(dir.resolve("a.pdf")).exists();
        assertThat(run("export", a.toString(), "--pdf", dir.resolve("out.pdf").toString())).isZero();
        assertThat(dir.resolve("out.pdf")).exists();
    }

    @Test
    void validateWarnsWhenTheOutageEndsBeforeItStarts(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("reversed.postmortem.json"), "{\"format\": \"postmortem-report\", "
                + "\"formatVersion\": 1, \"summary\": {\"startedAt\": \"2024-06-10T13:00:00Z\", "
                + "\"endedAt\": \"2024-06-10T11:00:00Z\"}}");
        assertThat(run("validate", file.toString())).isZero();
        assertThat(lines()).containsExactly(file + ": OK, with 1 warning: summary.endedAt: the outage ends "
                + "(2024-06-10T11:00:00Z) before it starts (2024-06-10T13:00:00Z); it is kept as written, but no "
                + "duration can be shown until startedAt or endedAt is corrected");
    }

    /** The issue's case whole: 300,000 {} pass validate; written out in full they would hold 2,100,000 values. */
    @Test
    @Tag("slow")
    void formatSaysWhyItLeavesAFileWhoseCanonicalFormCouldNotBeOpened(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.postmortem.json"), "{\"format\": \"postmortem-report\", "
                + "\"formatVersion\": 1, \"timeline\": [" + "{},".repeat(299_999) + "{}]}");
        byte[] before = Files.readAllBytes(file);
        assertThat(run("validate", file.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("format", file.toString())).isEqualTo(1);
        assertThat(lines()).containsExactly(file + ": not formatted: in canonical form Hindsight could not open it "
                + "again (the file holds more than the limit of 2,000,000 keys and values); left untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fileNamesWithControlCharactersArePrintedEscapedOnOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.copy(Fixtures.path(Fixtures.EXAMPLE), dir.resolve("line\nbreak\u202e.json"));
        assertThat(run("validate", file.toString(), dir.resolve("gone\t.json").toString())).isEqualTo(1);
        assertThat(lines()).containsExactly(dir + "/line\\nbreak\\u202E.json: OK",
                dir + "/gone\\t.json: no such file");
    }

    @Test
    void aNameThatIsNotUtf8IsNamedNotReportedMissing(@TempDir Path dir) throws Exception {
        Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'bad\\377.json')\"").directory(dir.toFile())
                .start();
        org.junit.jupiter.api.Assumptions.assumeTrue(touch.waitFor() == 0, "no sh here");
        // What Java makes of the name's bytes, as the launcher and a directory listing give it.
        String asJavaSeesIt = dir + "/bad\ufffd.json";
        assertThat(run("validate", asJavaSeesIt)).isEqualTo(1);
        assertThat(lines()).singleElement().asString().startsWith(asJavaSeesIt + ": this name is not valid UTF-8 "
                + "text (\ufffd stands where its bytes could not be read), so Java cannot open the file; rename it");
    }
}
