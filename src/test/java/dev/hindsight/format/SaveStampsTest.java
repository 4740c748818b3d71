package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveStampsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T18:00:00Z");
    private final ReportFiles files = new ReportFiles(new ReportReader(), new AtomicFileWriter(),
            Clock.fixed(NOW.plusMillis(250), ZoneOffset.UTC));

    @Test
    void aNewReportGetsBothStampsOnItsFirstSave(@TempDir Path dir) throws Exception {
        Report saved = files.save(Report.blank().withTitle("New"), null, dir.resolve("new.postmortem.json"));
        assertThat(saved.createdAt()).isEqualTo(NOW);
        assertThat(saved.updatedAt()).isEqualTo(NOW);
        assertThat(files.open(dir.resolve("new.postmortem.json")).report()).isEqualTo(saved);
    }

    @Test
    void aSaveThatChangesNothingWritesTheSameBytes(@TempDir Path dir) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Report opened = files.open(file).report();
        Report saved = files.save(opened, opened, file);
        assertThat(saved.updatedAt()).isEqualTo(Instant.parse("2024-06-10T17:30:00Z"));
        assertThat(Files.readAllBytes(file)).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
    }

    @Test
    void aChangedReportGetsANewUpdatedAtAndKeepsItsCreatedAt(@TempDir Path dir) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Report opened = files.open(file).report();
        Report saved = files.save(opened.withTitle("Database Vanished (revised)"), opened, file);
        assertThat(saved.createdAt()).isEqualTo(Instant.parse("2024-06-10T14:00:00Z"));
        assertThat(saved.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void editingBackToTheSavedContentIsNoChange() {
        Report base = Report.blank().withTitle("A").withUpdatedAt(Instant.EPOCH);
        Report back = base.withTitle("B").withTitle("A");
        assertThat(SaveStamps.stamp(back, base, NOW)).isSameAs(back);
    }

    @Test
    void formattingChangesLayoutOnly(@TempDir Path dir) throws Exception {
        Path file = Fixtures.copy("odd/bom-crlf.json", dir);
        assertThat(files.format(file).rewritten()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
        assertThat(files.format(file).rewritten()).as("second run finds it canonical").isFalse();
    }
}
