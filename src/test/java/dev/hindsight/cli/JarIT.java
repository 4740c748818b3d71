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
        assertThat(run.out()).startsWith(pdf + ": written (3 pages)\n" + pdf + ": warning: 5 characters could not be shown")
                .endsWith(md + ": written\n");
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
    }
}
