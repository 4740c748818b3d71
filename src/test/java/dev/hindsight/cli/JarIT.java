package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/hindsight.jar ...}, with no display. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("hindsight.jar", "target/hindsight.jar"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Run(int exit, String out) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    /** Where the runs keep their data (the log), instead of the user's home. */
    private static final Path DATA = JAR.resolveSibling("test-home").resolve("jar-data");

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dhindsight.data.dir=" + DATA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void validateRunsFromTheJar() throws Exception {
        String good = Fixtures.path(Fixtures.EXAMPLE).toString();
        String bad = Fixtures.path("broken/duplicate-key.json").toString();
        Run ok = run(jar("validate", good));
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEqualTo(good + ": OK\n");
        Run refused = run(jar("validate", good, bad));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains(bad + ": line 51, column 7: the key \"kind\" appears twice");
    }

    @Test
    void exportRunsFromTheJarWithoutADisplay(@TempDir Path dir) throws Exception {
        Path input = Fixtures.copy("multilingual.postmortem.json", dir);
        Run run = run(jar("export", input.toString(), "--pdf", "--md"));
        Path pdf = dir.resolve("multilingual.pdf");
        Path md = dir.resolve("multilingual.md");
        // Every character of the fixture has a font (its emoji from Symbola, read from the jar and shaped).
        assertThat(run.out()).isEqualTo(pdf + ": written (3 pages)\n" + md + ": written\n");
        assertThat(run.exit()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(md)).contains("| 2025-03-02 08:50 | **🟨 Misleading** |");
        Run refused = run(jar("export", Fixtures.path("broken/duplicate-key.json").toString(), "--pdf",
                dir.resolve("never.pdf").toString()));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("never.pdf"))).isFalse();
    }

    @Test
    void theCommandLinePrintsOnlyItsOutputAndLogsToTheDataFolder(@TempDir Path dir) throws Exception {
        Path input = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Path pdf = dir.resolve("out.pdf");
        Path data = dir.resolve("data");
        Run run = run(List.of(JAVA, "-Dhindsight.data.dir=" + data, "-jar", JAR.toString(), "export", input.toString(),
                "--pdf=" + pdf));
        assertThat(run.out()).isEqualTo(pdf + ": written (3 pages)" + System.lineSeparator());
        assertThat(run.exit()).isZero();
        String log = Files.readString(data.resolve("logs").resolve("hindsight.log"));
        assertThat(log).contains("]: started: Hindsight ", "]: exporting pdf to " + pdf, "]: exported " + pdf + ": ");
    }

    @Test
    void checkRunsFromTheJarWithItsDictionariesAndWordList(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("a.postmortem.json");
        Files.write(report, new dev.hindsight.format.ReportEncoder().encode(dev.hindsight.model.Report.blank()
                .withRootCause("Teh Kubernetes rollback of the colour change.").withLanguage("en-GB")));
        Run run = run(jar("check", "--only", "spelling", report.toString()));
        assertThat(run.out()).isEqualTo(report + ": rootCause \"Teh\" (0–3): spelling: \"Teh\" is not in the en-GB "
                + "dictionary (suggestions: The, Ten, Tea, Tech, Ted)\n");
        assertThat(run.exit()).isEqualTo(1);
        String example = Fixtures.path(Fixtures.EXAMPLE).toString();
        assertThat(run(jar("check", "--only", "spelling", example)).exit()).isZero();
        // Every rule, with its phrase list from the jar: the example blames "a junior developer".
        Run all = run(jar("check", example));
        assertThat(all.out()).contains(": blameless: ").contains(": completeness: ");
        assertThat(all.exit()).isEqualTo(1);
    }

    @Test
    void wordExportAndImportPrintOnlyTheirOutputAndPoiLogsToTheLog(@TempDir Path dir) throws Exception {
        Path input = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Path data = dir.resolve("data");
        Path docx = dir.resolve("out.docx");
        Run run = run(List.of(JAVA, "-Dhindsight.data.dir=" + data, "-Dorg.apache.poi.util.POILogger=x", "-jar",
                JAR.toString(), "export", input.toString(), "--docx=" + docx));
        // Without a bridge the Log4j API POI logs through prints "could not find a logging provider" here.
        assertThat(run.out()).isEqualTo(docx + ": written" + System.lineSeparator());
        assertThat(run.exit()).isZero();
        Run imported = run(List.of(JAVA, "-Dhindsight.data.dir=" + data, "-jar", JAR.toString(), "import",
                docx.toString(), "-o", dir.resolve("back.postmortem.json").toString()));
        assertThat(imported.out()).startsWith(docx + ": imported to ").doesNotContainIgnoringCase("log4j")
                .doesNotContainIgnoringCase("logging provider");
        assertThat(imported.exit()).isZero();
    }

    @Test
    void poiIsNotLoadedUnlessAWordDocumentIsReadOrWritten(@TempDir Path dir) throws Exception {
        Path input = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Run pdf = run(List.of(JAVA, "-Dhindsight.data.dir=" + DATA, "-verbose:class", "-jar", JAR.toString(), "export",
                input.toString(), "--pdf", "--md", "--html"));
        assertThat(pdf.exit()).isZero();
        assertThat(pdf.out()).contains("dev.hindsight.export.PdfExporter").doesNotContain("org.apache.poi")
                .doesNotContain("org.apache.xmlbeans");
        Run word = run(List.of(JAVA, "-Dhindsight.data.dir=" + DATA, "-verbose:class", "-jar", JAR.toString(), "export",
                input.toString(), "--docx"));
        assertThat(word.out()).contains("org.apache.poi.xwpf.usermodel.XWPFDocument");
    }

    @Test
    void versionAndUsageErrors() throws Exception {
        Run version = run(jar("--version"));
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Hindsight ");
        assertThat(run(jar("--frobnicate")).exit()).isEqualTo(2);
    }

    @Test
    void theCommandLineNeedsNoJavaFx() throws Exception {
        String classPath;
        try (Stream<Path> libs = Files.list(JAR.resolveSibling("lib"))) {
            classPath = Stream.concat(Stream.of(JAR), libs.filter(p -> !p.getFileName().toString().startsWith("javafx")))
                    .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        }
        String good = Fixtures.path(Fixtures.EXAMPLE).toString();
        Run run = run(List.of(JAVA, "-cp", classPath, "dev.hindsight.Main", "validate", good));
        assertThat(run.out()).isEqualTo(good + ": OK\n");
        assertThat(run.exit()).isZero();
        Run diff = run(List.of(JAVA, "-cp", classPath, "dev.hindsight.Main", "diff", good, good));
        assertThat(diff.out()).isEqualTo(good + " and " + good + ": no difference in meaning\n");
        assertThat(diff.exit()).isZero();
    }

    @Test
    void mergeRunsFromTheJar(@TempDir Path dir) throws Exception {
        Path base = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Path ours = dir.resolve("ours.json");
        Files.writeString(ours, Files.readString(base).replace("\"title\": \"Database Vanished\"",
                "\"title\": \"Ours\""));
        Path theirs = dir.resolve("theirs.json");
        Files.writeString(theirs, Files.readString(base).replace("\"severity\": \"SEV1\"", "\"severity\": \"SEV2\""));
        Run merge = run(jar("merge", base.toString(), ours.toString(), theirs.toString()));
        assertThat(merge.out()).isEqualTo(ours + ": merged\n");
        assertThat(merge.exit()).isZero();
        assertThat(Files.readString(ours)).contains("\"title\": \"Ours\"", "\"severity\": \"SEV2\"");
    }

    /** The issue's case: a 24 MB report at -Xmx64m gave a raw stack trace; now one line saying what to do, exit 3. */
    @Test
    void runningOutOfMemoryIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.postmortem.json");
        String text = "The primary database stopped answering; failover did not start because ".repeat(40);
        StringBuilder json = new StringBuilder("{\"format\": \"postmortem-report\", \"formatVersion\": 1, "
                + "\"timeline\": [");
        for (int i = 0; i < 8_400; i++) {
            json.append(i == 0 ? "" : ",").append("{\"at\": null, \"kind\": \"note\", \"text\": \"").append(i)
                    .append(text).append("\"}");
        }
        Files.writeString(big, json.append("]}"));
        assertThat(Files.size(big)).isGreaterThan(24_000_000L);
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx64m", "-jar", JAR.toString(), "validate",
                big.toString()));
        Run run = run(command);
        assertThat(run.exit()).as(run.out()).isEqualTo(3);
        assertThat(run.out().split("\\R")).as(run.out()).singleElement().asString()
                .startsWith("hindsight validate: not enough memory: Java may use at most ")
                .contains("Give it more with -Xmx, e.g. java -Xmx1g -jar hindsight.jar validate");
        assertThat(run(jar("validate", big.toString())).exit()).as("with the default memory").isZero();
    }

    /** In the C locale Java cannot even form a non-ASCII file name: said in words, not as Java's exception. */
    @Test
    void aNameTheSystemEncodingCannotHoldIsNamedInWords(@TempDir Path dir) throws Exception {
        Path file = Files.copy(Fixtures.path(Fixtures.EXAMPLE), dir.resolve("caf\u00e9.postmortem.json"));
        ProcessBuilder builder = new ProcessBuilder(jar("validate", file.toString())).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).doesNotContain("Exception", "java.nio");
        if (process.exitValue() == 2) {
            assertThat(out).contains("cannot be used as a file name here", "run with a UTF-8 locale");
        } else {
            assertThat(process.exitValue()).as(out).isZero(); // a JDK that reads names as UTF-8 whatever the locale
        }
    }
}
