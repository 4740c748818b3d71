package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused by the limit they break, named, and before memory is at risk. */
@Tag("messages")
class LimitsTest {
    private final ReportReader reader = new ReportReader();

    private static byte[] report(String extraMember) {
        return ("{\"format\": \"postmortem-report\", \"formatVersion\": 1, " + extraMember + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theLimitsAreAtLeastTheFormatMinimums() {
        FormatLimits limits = FormatLimits.DEFAULT;
        assertThat(limits.maxFileBytes()).isGreaterThanOrEqualTo(16L * 1024 * 1024);
        assertThat(limits.maxDepth()).isGreaterThanOrEqualTo(100);
        assertThat(limits.maxStringLength()).isGreaterThanOrEqualTo(4 * 1024 * 1024);
        assertThat(limits.maxNumberLength()).isGreaterThanOrEqualTo(100);
        assertThat(limits.maxItems()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(limits.maxNameLength()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void theMinimumsThemselvesAreAccepted() throws Exception {
        String deep = "[".repeat(98) + "]".repeat(98);
        String string = "x".repeat(4 * 1024 * 1024);
        String number = "9".repeat(100);
        ReadResult result = reader.read(report("\"deep\": " + deep + ", \"s\": \"" + string + "\", \"n\": " + number),
                "ok.json");
        assertThat(result.report().extras().members()).containsKeys("deep", "s", "n");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        int depth = FormatLimits.DEFAULT.maxDepth() + 1;
        byte[] bytes = report("\"deep\": " + "[".repeat(depth) + "]".repeat(depth));
        assertThatThrownBy(() -> reader.read(bytes, "deep.json"))
                .hasMessageStartingWith("deep.json: line 1, column ")
                .hasMessageEndingWith("the JSON is nested deeper than the limit of 200 levels");
    }

    @Test
    void aHugeNestingIsRefusedWithoutOverflowingTheStack() {
        int depth = 1_000_000;
        byte[] bytes = report("\"deep\": " + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        assertThatThrownBy(() -> reader.read(bytes, "deep.json")).hasMessageContaining("nested deeper than the limit");
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        byte[] bytes = report("\"s\": \"" + "x".repeat(FormatLimits.DEFAULT.maxStringLength() + 1) + "\"");
        assertThatThrownBy(() -> reader.read(bytes, "long.json"))
                .hasMessageEndingWith("a string is longer than the limit of 16,777,216 characters");
    }

    @Test
    void aNumberLongerThanTheLimitIsRefused() {
        byte[] bytes = report("\"n\": " + "1".repeat(FormatLimits.DEFAULT.maxNumberLength() + 1));
        assertThatThrownBy(() -> reader.read(bytes, "number.json"))
                .hasMessageEndingWith("a number is longer than the limit of 1,000 characters");
    }

    @Test
    void aHugeExponentIsKeptAsTextAndNeverExpanded() throws Exception {
        byte[] bytes = report("\"n\": 1e999999999, \"summary\": {\"usersAffectedPercent\": 1e-999999999}");
        assertThatThrownBy(() -> reader.read(bytes, "exp.json"))
                .hasMessageContaining("summary.usersAffectedPercent")
                .hasMessageContaining("at most 10 decimals");
    }

    @Test
    void aMultiGigabyteFileIsRefusedFromItsSizeAlone(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.postmortem.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(huge))
                .hasMessage(huge + ": the file is 3,221,225,472 bytes, larger than the limit of 67,108,864 bytes "
                        + "(64 MiB) for a report");
        assertThat(System.nanoTime() - start).as("refused without reading it").isLessThan(5_000_000_000L);
    }

    @Test
    void bytesOverTheLimitAreRefusedToo() {
        ReportReader small = new ReportReader(new FormatLimits(100, 10, 50, 10));
        assertThatThrownBy(() -> small.read(new byte[101], "x.json")).hasMessageContaining("larger than the limit");
    }
}
