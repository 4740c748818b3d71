package dev.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileHandlerTest {
    @TempDir
    Path dir;

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName("dev.hindsight.test");
        return record;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private static List<String> messages(Path file) throws IOException {
        return lines(file).stream().filter(line -> line.contains("]: record "))
                .map(line -> line.substring(line.indexOf("]: record ") + 3)).collect(Collectors.toList());
    }

    @Test
    void theLogIsHindsightLogInTheDataFolderRotatedAtOneMebibyteKeepingFourFiles() {
        String previous = System.setProperty("hindsight.data.dir", dir.toString());
        assertThat(previous).as("the tests' data folder (pom.xml)").isNotNull();
        try {
            assertThat(Logs.file()).isEqualTo(dir.resolve("logs").resolve("hindsight.log"));
            LogFileHandler handler = new LogFileHandler();
            assertThat(handler.file()).isEqualTo(Logs.file());
            assertThat(handler.generation(1)).isEqualTo(dir.resolve("logs").resolve("hindsight.log.1"));
        } finally {
            System.setProperty("hindsight.data.dir", previous);
        }
        assertThat(Logs.LIMIT_BYTES).isEqualTo(1024 * 1024);
        assertThat(Logs.GENERATIONS).isEqualTo(4);
        assertThat(LogSetup.CONFIGURATION).contains("handlers=" + LogFileHandler.class.getName(), ".level=INFO")
                .doesNotContain("ConsoleHandler");
    }

    @Test
    void theFileIsCreatedAtTheFirstRecordAfterALineSayingWhatRuns() throws Exception {
        Path file = dir.resolve("logs/hindsight.log");
        LogFileHandler handler = new LogFileHandler(file, 10_000, 2);
        assertThat(dir.resolve("logs")).doesNotExist();
        handler.publish(record("record one"));
        handler.publish(record("record two"));
        handler.close();
        List<String> lines = lines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains(" INFO dev.hindsight [").contains("]: started: Hindsight ", ", Java ",
                ", locale ", ", process " + ProcessHandle.current().pid());
        assertThat(messages(file)).containsExactly("record one", "record two");
    }

    @Test
    void aFullLogIsRotatedKeepingTheNewestGenerationsInOrder() throws Exception {
        Path file = dir.resolve("hindsight.log");
        LogFileHandler handler = new LogFileHandler(file, 2_000, 3);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String message = String.format("record %03d %s", i, "x".repeat(i % 40));
            written.add(message);
            handler.publish(record(message));
        }
        handler.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")))
                    .containsExactlyInAnyOrder("hindsight.log", "hindsight.log.1", "hindsight.log.2");
        }
        List<String> kept = new ArrayList<>();
        for (Path generation : List.of(dir.resolve("hindsight.log.2"), dir.resolve("hindsight.log.1"), file)) {
            assertThat(Files.size(generation)).as("%s", generation).isLessThanOrEqualTo(2_000);
            kept.addAll(messages(generation));
        }
        assertThat(kept).isNotEmpty().isEqualTo(written.subList(written.size() - kept.size(), written.size()));
        assertThat(messages(file)).last().isEqualTo("record 199 " + "x".repeat(199 % 40));
    }

    @Test
    void twoInstancesShareOneLogAndNeitherLosesTheOthersRecordsWhenRotating() throws Exception {
        Path file = dir.resolve("hindsight.log");
        LogFileHandler first = new LogFileHandler(file, 1_500, 20);
        LogFileHandler second = new LogFileHandler(file, 1_500, 20);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String message = "record " + i + (i % 2 == 0 ? " from the first" : " from the second");
            written.add(message);
            (i % 2 == 0 ? first : second).publish(record(message));
        }
        first.close();
        second.close();
        List<String> kept = new ArrayList<>();
        for (int g = 19; g >= 0; g--) {
            kept.addAll(messages(first.generation(g)));
        }
        assertThat(kept).containsExactlyInAnyOrderElementsOf(written);
        assertThat(Files.size(file)).isLessThanOrEqualTo(1_500);
        for (int g = 1; Files.exists(first.generation(g)); g++) {
            // A rotation the other instance already did is not done again on a fresh file.
            assertThat(Files.size(first.generation(g))).as("generation %d", g).isBetween(1_200L, 1_500L);
        }
    }

    @Test
    void aLogThatCannotBeWrittenIsGivenUpWithoutAWord() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("logs"), "a file where the folder should be");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            LogFileHandler handler = new LogFileHandler(notAFolder.resolve("hindsight.log"), 10_000, 2);
            handler.publish(record("record lost"));
            handler.publish(record("record lost too"));
            handler.close();
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }
}
