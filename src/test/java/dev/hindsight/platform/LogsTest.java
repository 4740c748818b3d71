package dev.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's logging as {@code main} sets it up: everything into the log file, nothing on the console. */
class LogsTest {
    @Test
    void everyLoggerWritesToTheLogFileAndNothingReachesTheConsole(@TempDir Path dir) throws Exception {
        ProcessBuilder builder = ChildJvm.of(LoggingChild.class, List.of(), Logs.class);
        builder.command().add(1, "-Dhindsight.data.dir=" + dir);
        builder.redirectError(dir.resolve("stderr.txt").toFile());
        Process child = builder.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
        assertThat(out).isEqualTo("the output" + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("stderr.txt"))).isEmpty();

        List<String> log = Files.readAllLines(Logs.file(dir), StandardCharsets.UTF_8);
        assertThat(log.get(0)).contains(" INFO dev.hindsight [main]: started: Hindsight ");
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains(" INFO org.apache.lucene.index.IndexWriter [main]: a library's line through java.util.logging"));
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains(" WARNING javafx.scene.control [main]: a platform logger's line"));
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains(" WARNING dev.hindsight.cli.ExportCommand [main]: Hindsight's own line"));
        assertThat(String.join("\n", log)).doesNotContain("below INFO");
    }
}
