package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No save writes a file that the reader refuses: what would be written is checked against
 * every limit and rule of the reader before the rename, and a save that fails the check
 * leaves the file as it was and says why.
 */
class SaveRefusalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String emptyEntries(int count) {
        StringBuilder out = new StringBuilder("{\"format\": \"postmortem-report\", \"formatVersion\": 1, \"timeline\": [");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "{}" : ",{}");
        }
        return out.append("]}").toString();
    }

    /**
     * The case of the issue at a tenth of the scale (the command-line test runs it whole): 30,000
     * {} pass, and written out in full would hold 210,000 keys and values, over a limit of 200,000.
     */
    @Test
    @Tag("messages")
    void formatRefusesACanonicalFormBeyondTheItemLimitAndLeavesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.postmortem.json"), emptyEntries(30_000));
        byte[] before = Files.readAllBytes(file);
        ReportReader reader = new ReportReader(new FormatLimits(64L << 20, 200, 1_000, 100, 200_000, 100));
        assertThat(reader.read(file).report().timeline()).hasSize(30_000);
        assertThatThrownBy(() -> new ReportFiles(reader, new AtomicFileWriter(), CLOCK).format(file))
                .isInstanceOfSatisfying(SaveRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.WOULD_NOT_OPEN);
                    assertThat(e.refusal().problem())
                            .isEqualTo("the file holds more than the limit of 200,000 keys and values");
                    assertThat(IoMessages.describe(e)).isEqualTo("not saved: the file written would be one Hindsight "
                            + "refuses to open (the file holds more than the limit of 200,000 keys and values): "
                            + file);
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files()).containsExactly(file);
    }

    /**
     * A million {} are 3 MB to read and 70,000,525 bytes written out, over the 64 MiB limit; the
     * same at a smaller scale: 3,000 {} are 9 KB, and 210 KB written out.
     */
    @Test
    @Tag("messages")
    void formatRefusesACanonicalFormBeyondTheFileSizeLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("many.postmortem.json"), emptyEntries(3_000));
        byte[] before = Files.readAllBytes(file);
        ReportReader reader = new ReportReader(new FormatLimits(100_000, 200, 1_000, 100));
        ReportFiles files = new ReportFiles(reader, new AtomicFileWriter(), CLOCK);
        assertThat(reader.read(file).report().timeline()).hasSize(3_000);
        assertThatThrownBy(() -> files.format(file))
                .isInstanceOfSatisfying(SaveRefusedException.class, e -> assertThat(e.refusal().problem())
                        .isEqualTo("the file is 210,525 bytes, larger than the limit of 100,000 bytes for a report"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files()).containsExactly(file);
    }

    @Test
    @Tag("messages")
    void aSaveOfAnInstantOutsideTheSupportedYearsIsRefusedWithItsPlace() throws Exception {
        Path file = dir.resolve("future.postmortem.json");
        Report report = Report.blank().withTimeline(List.of(new TimelineEntry(
                Instant.parse("9999-12-31T23:00:00Z").plusSeconds(7200), EntryKind.NOTE, "the far future")));
        assertThatThrownBy(() -> new ReportFiles().save(report, null, file))
                .isInstanceOfSatisfying(SaveRefusedException.class, e -> {
                    assertThat(e.refusal().path()).isEqualTo("timeline[0].at");
                    assertThat(e.getReason()).contains("timeline[0].at: expected an instant", "+10000-01-01T01:00:00Z",
                            "outside the years 0000 to 9999");
                });
        assertThat(files()).isEmpty();
    }

    /**
     * Generated reports against small limits (so that every limit is reached often): each save,
     * plain or tracked, either writes a file that reads back as what was saved, or is refused
     * with the reader's reason and leaves the previous file byte for byte.
     */
    @Test
    void generatedSavesNeverWriteAFileTheReaderRefuses() throws Exception {
        FormatLimits small = new FormatLimits(6_000, 6, 300, 20, 400, 40);
        ReportReader reader = new ReportReader(small);
        ReportFiles files = new ReportFiles(reader, new AtomicFileWriter(), CLOCK);
        Path file = dir.resolve("small.postmortem.json");
        RandomReports reports = new RandomReports(2_000_000L);
        Random random = new Random(2);
        int saved = 0;
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            Report report = grow(reports.next(), random);
            byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
            try {
                Report written = random.nextBoolean() ? files.save(report, null, file)
                        : files.saveTracked(report, null, file).report();
                assertThat(reader.read(file).report()).as("save %d", i).isEqualTo(written);
                saved++;
            } catch (SaveRefusedException e) {
                assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.WOULD_NOT_OPEN);
                byte[] wouldBe = new ReportEncoder().encode(SaveStamps.stamp(report, null, CLOCK.instant()));
                assertThatThrownBy(() -> reader.read(wouldBe, "check")).as("the reader refuses it too")
                        .isInstanceOf(ReportFormatException.class).hasMessageContaining(e.refusal().problem());
                assertThat(before == null ? null : Files.readAllBytes(file)).as("left as it was").isEqualTo(before);
                refused++;
            }
            assertThat(files()).as("no temporary file").allMatch(p -> p.equals(file));
        }
        assertThat(saved).as("saved").isGreaterThan(60);
        assertThat(refused).as("refused").isGreaterThan(60);
    }

    /** Makes a random report large or deep in one of the ways the limits count. */
    private static Report grow(Report report, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return report.withTitle("t".repeat(random.nextInt(400)));
            case 1:
                List<TimelineEntry> more = new ArrayList<>(report.timeline());
                for (int i = random.nextInt(80); i > 0; i--) {
                    more.add(new TimelineEntry(null, EntryKind.NOTE, ""));
                }
                return report.withTimeline(more);
            case 2:
                ObjectNode deep = JsonNodeFactory.instance.objectNode();
                ObjectNode at = deep;
                for (int i = random.nextInt(7); i > 0; i--) {
                    at = at.putObject("d");
                }
                return withEntry(report, Extras.of(Map.of("deep", deep)));
            case 3:
                return withEntry(report, Extras.of(Map.of("k".repeat(1 + random.nextInt(60)), JsonNumbers.node("1"))));
            default:
                return report;
        }
    }

    private static Report withEntry(Report report, Extras extras) {
        List<TimelineEntry> more = new ArrayList<>(report.timeline());
        more.add(new TimelineEntry(null, EntryKind.NOTE, "", extras));
        return report.withTimeline(more);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void theSavedBytesAreTheEncodersExactly() throws Exception {
        Path file = dir.resolve("plain.postmortem.json");
        Report report = Report.blank().withTitle("Plain");
        Report written = new ReportFiles(new ReportReader(), new AtomicFileWriter(), CLOCK).save(report, null, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(new String(new ReportEncoder().encode(written), StandardCharsets.UTF_8));
    }
}
