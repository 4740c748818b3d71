package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.condition.OS.LINUX;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import dev.hindsight.cli.HindsightCommand;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt: too many values, endless or blocking sources, lying sizes. Each is
 * refused quickly with the limit named, in the reader and in {@code hindsight validate};
 * a large honest report is still read.
 */
class HostileFileTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader();

    private static byte[] report(String extraMember) {
        return ("{\"format\": \"postmortem-report\", \"formatVersion\": 1, " + extraMember + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String many(String value, int count) {
        StringBuilder out = new StringBuilder(count * (value.length() + 1) + 2).append('[');
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append(value);
        }
        return out.append(']').toString();
    }

    private String validate(Path file) {
        StringWriter out = new StringWriter();
        int exit = HindsightCommand.run(new String[] {"validate", file.toString()}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(exit).as("validate's exit code").isEqualTo(HindsightCommand.REFUSED);
        return out.toString().strip();
    }

    @Test
    void aFileOfMillionsOfTinyValuesIsRefusedBeforeItsTreeFillsMemory() throws Exception {
        // 64 MiB of "{}," would become a tree of several GB; the limit stops it at 2 million (6 MB here).
        Path file = Files.write(dir.resolve("empties.postmortem.json"), report("\"e\": " + many("{}", 2_000_001)));
        String expected = "the file holds more than the limit of 2,000,000 keys and values";
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(expected);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isGreaterThan(6_000_000);
                }));
        assertThat(validate(file)).startsWith(file + ": line 1, column ").endsWith(expected);
    }

    @Test
    void aMillionNumbersShareTheirNodesAndAreAccepted() throws Exception {
        byte[] bytes = report("\"z\": " + many("0", 1_000_000));
        ReadResult result = reader.read(bytes, "dense.json");
        com.fasterxml.jackson.databind.JsonNode zeros =
                (com.fasterxml.jackson.databind.JsonNode) result.report().extras().members().get("z");
        assertThat(zeros.size()).isEqualTo(1_000_000);
        assertThat(zeros.get(0)).isSameAs(zeros.get(999_999));
        assertThat(new ReportEncoder().encode(result.report())).hasSizeGreaterThan(2_000_000);
    }

    @Test
    void keysCountWithTheirValuesAgainstTheSameLimit() {
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 1_000_000; i++) {
            keys.append(i == 0 ? "" : ",").append('"').append(Integer.toString(i, 36)).append("\":0");
        }
        byte[] bytes = report("\"k\": " + keys.append('}'));
        assertThatThrownBy(() -> reader.read(bytes, "keys.json"))
                .hasMessageContaining("more than the limit of 2,000,000 keys and values");
    }

    @Test
    void validateNamesEachLimitAsTheAppDoes() throws Exception {
        Path huge = dir.resolve("huge.postmortem.json");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(5L * 1024 * 1024 * 1024);
        }
        assertTimeoutPreemptively(QUICKLY, () -> assertThat(validate(huge)).isEqualTo(huge
                + ": the file is 5,368,709,120 bytes, larger than the limit of 67,108,864 bytes (64 MiB) for a report"));
        String[][] cases = {
            {"deep", "\"d\": " + "[".repeat(201) + "]".repeat(201), "the JSON is nested deeper than the limit of 200 levels"},
            {"string", "\"s\": \"" + "x".repeat(16 * 1024 * 1024 + 1) + "\"",
                "a string is longer than the limit of 16,777,216 characters"},
            {"number", "\"n\": " + "7".repeat(1001), "a number is longer than the limit of 1000 characters"},
            {"key", "\"" + "k".repeat(50_001) + "\": 0", "a key is longer than the limit of 50,000 characters"},
        };
        for (String[] c : cases) {
            Path file = Files.write(dir.resolve(c[0] + ".postmortem.json"), report(c[1]));
            assertThat(validate(file)).as(c[0]).startsWith(file + ": line 1, column ").endsWith(c[2]);
        }
    }

    @Test
    void aKeyLongerThanTheLimitIsRefusedWithTheLimitNamed() {
        byte[] bytes = report("\"" + "k".repeat(50_001) + "\": 1");
        assertThatThrownBy(() -> reader.read(bytes, "key.json"))
                .hasMessageEndingWith("a key is longer than the limit of 50,000 characters");
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "mkfifo: POSIX named pipes")
    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.postmortem.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        String expected = fifo + ": is not a regular file (a device, pipe or socket), not a report file";
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> reader.read(fifo)).hasMessage(expected));
        assertTimeoutPreemptively(QUICKLY, () -> assertThat(validate(fifo)).isEqualTo(expected));
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "/dev/zero and symbolic links")
    @Test
    void anEndlessDeviceIsRefusedEvenThroughALink() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.postmortem.json"), zero);
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThatThrownBy(() -> reader.read(zero)).hasMessageEndingWith("is not a regular file (a device, pipe "
                    + "or socket), not a report file");
            assertThatThrownBy(() -> reader.read(link)).hasMessageContaining("is not a regular file");
        });
    }

    @EnabledOnOs(value = LINUX, disabledReason = "/proc is Linux's")
    @Test
    void aFileLongerThanItsSizeSaysIsReadOnlyUpToTheLimit() {
        // /proc files say they are empty and are not; a file still being written grows the same way.
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isReadable(status), "no /proc here");
        ReportReader small = new ReportReader(new FormatLimits(100, 10, 100, 10));
        assertThatThrownBy(() -> small.read(status))
                .hasMessage(status + ": the file holds more than the limit of 100 bytes (0 MiB) for a report "
                        + "(it grew while being read)");
    }

    @Test
    void aFileGrowingWhileReadEndsInAReportOrARefusalNeverInAnythingElse() throws Exception {
        Path file = Files.write(dir.resolve("growing.postmortem.json"), report("\"t\": \""));
        ReportReader small = new ReportReader(new FormatLimits(1024 * 1024, 10, 2 * 1024 * 1024, 10));
        Thread writer = new Thread(() -> {
            byte[] chunk = "x".repeat(4096).getBytes(StandardCharsets.UTF_8);
            try (var out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
                for (int i = 0; i < 1024 && !Thread.currentThread().isInterrupted(); i++) {
                    out.write(chunk);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        try {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> small.read(file)).isInstanceOfSatisfying(ReportFormatException.class,
                        e -> assertThat(e.isReaderFault()).isFalse());
            }
        } finally {
            writer.interrupt();
            writer.join();
        }
    }

    @Test
    void aSixtyMegabyteReportIsAccepted() throws Exception {
        List<TimelineEntry> timeline = new ArrayList<>();
        String text = "The primary database stopped answering; failover did not start because ".repeat(40);
        for (int i = 0; i < 20_000; i++) {
            timeline.add(new TimelineEntry(Instant.ofEpochSecond(1_700_000_000L + i * 60L), EntryKind.NOTE,
                    i + ": " + text, Extras.NONE));
        }
        Report large = Report.blank().withTitle("A long night").withTimeline(timeline);
        byte[] bytes = new ReportEncoder().encode(large);
        assertThat(bytes.length).isBetween(55_000_000, (int) FormatLimits.DEFAULT.maxFileBytes());
        Path file = Files.write(dir.resolve("large.postmortem.json"), bytes);
        assertThat(reader.read(file).report()).isEqualTo(large);
    }
}
