package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program's save between our read and our rename is never overwritten: the file's
 * fingerprint is compared right before the rename. The other program writes at a fixed
 * step of our save (the writer's fault hook), not at a lucky moment.
 */
class LostUpdateTest {
    @TempDir
    Path dir;

    /** A writer that lets "another program" write {@code theirs} to the file once ours is whole on disk. */
    private static AtomicFileWriter racingWith(Path file, byte[] theirs) {
        return new AtomicFileWriter(stage -> {
            if (stage == AtomicFileWriter.Stage.FLUSHED) {
                Files.write(file, theirs);
            }
        });
    }

    private static byte[] theirVersion() {
        return new ReportEncoder().encode(Report.blank().withTitle("Their version, saved meanwhile"));
    }

    @Test
    void formatLeavesAFileChangedBetweenTheReadAndTheRename() throws Exception {
        Path file = Fixtures.copy("odd/bom-crlf.json", dir);
        byte[] theirs = theirVersion();
        ReportFiles files = new ReportFiles(new ReportReader(), racingWith(file, theirs), Clock.systemUTC());
        assertThatThrownBy(() -> files.format(file))
                .isInstanceOfSatisfying(SaveRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.CHANGED_ON_DISK);
                    assertThat(e.getFile()).isEqualTo(file.toString());
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aSameSizeChangeIsSeenToo() throws Exception {
        Path file = Fixtures.copy("odd/bom-crlf.json", dir);
        byte[] original = Files.readAllBytes(file);
        byte[] theirs = new String(original, StandardCharsets.UTF_8).replace("Database", "Databank")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(theirs).hasSameSizeAs(original).isNotEqualTo(original);
        ReportFiles files = new ReportFiles(new ReportReader(), racingWith(file, theirs), Clock.systemUTC());
        assertThatThrownBy(() -> files.format(file)).isInstanceOf(SaveRefusedException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
    }

    @Test
    void aTrackedSaveOverAChangedFileIsRefusedBeforeTheRename() throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        OpenedReport opened = new ReportFiles().openTracked(file);
        byte[] theirs = theirVersion();
        ReportFiles files = new ReportFiles(new ReportReader(), racingWith(file, theirs), Clock.systemUTC());
        Report mine = opened.report().withTitle("My version");
        assertThatThrownBy(() -> files.saveTracked(mine, opened.report(), file, opened.fingerprint()))
                .isInstanceOfSatisfying(SaveRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.CHANGED_ON_DISK));
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void anUnchangedFileIsSaved() throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        ReportFiles files = new ReportFiles();
        OpenedReport opened = files.openTracked(file);
        SavedReport saved = files.saveTracked(opened.report().withTitle("Mine"), opened.report(), file,
                opened.fingerprint());
        assertThat(files.open(file).report()).isEqualTo(saved.report());
        Path messy = Fixtures.copy("odd/bom-crlf.json", dir);
        assertThat(files.format(messy).rewritten()).isTrue();
        assertThat(Files.readAllBytes(messy)).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
