package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;

/** A file changed on disk since it was opened or saved is noticed; a file only touched is not. */
class FileFingerprintTest {
    @TempDir
    Path dir;

    private final ReportFiles files = new ReportFiles();

    /** A copy of the example report, last modified an hour ago, as a colleague's file usually is. */
    private Path oldFile() throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }

    /** Writes {@code content} the way git or another editor does: a new file renamed over the old one. */
    private void replace(Path file, String content) throws Exception {
        Path other = Files.writeString(dir.resolve("incoming.tmp"), content);
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anUntouchedFileIsUnchanged() throws Exception {
        Path file = oldFile();
        OpenedReport opened = files.openTracked(file);
        assertThat(opened.fingerprint().changedOnDisk(file)).isFalse();
        assertThat(opened.fingerprint().size()).isEqualTo(Files.size(file));
    }

    @Test
    void aColleaguesEditIsNoticed() throws Exception {
        Path file = oldFile();
        FileFingerprint fingerprint = files.openTracked(file).fingerprint();
        Files.writeString(file, Files.readString(file).replace("Database", "The database"));
        assertThat(fingerprint.changedOnDisk(file)).isTrue();
    }

    @Test
    void aSameSizeEditKeepingTheModificationTimeIsNoticedRightAfterASave() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        SavedReport saved = files.saveTracked(Report.blank().withTitle("AAAA"), null, file);
        FileTime savedAt = Files.getLastModifiedTime(file);
        String content = Files.readString(file);
        Files.writeString(file, content.replace("AAAA", "BBBB"));
        Files.setLastModifiedTime(file, savedAt); // within the same clock tick, as on a coarse file system
        assertThat(Files.size(file)).isEqualTo(saved.fingerprint().size());
        assertThat(saved.fingerprint().changedOnDisk(file)).isTrue();
    }

    @Test
    void aSameSizeEditWithANewTimeIsNoticed() throws Exception {
        Path file = oldFile();
        FileFingerprint fingerprint = files.openTracked(file).fingerprint();
        String content = Files.readString(file);
        Files.writeString(file, content.replace("\"SEV", "\"SEW"));
        assertThat(fingerprint.changedOnDisk(file)).isTrue();
    }

    @Test
    void aTouchOrACheckoutOfTheSameContentIsNotAChange() throws Exception {
        Path file = oldFile();
        FileFingerprint fingerprint = files.openTracked(file).fingerprint();
        String content = Files.readString(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        assertThat(fingerprint.changedOnDisk(file)).as("touched").isFalse();
        replace(file, content);
        assertThat(fingerprint.changedOnDisk(file)).as("replaced by the same bytes").isFalse();
    }

    @Test
    void aGitPullThatReplacesTheFileIsNoticed() throws Exception {
        Path file = oldFile();
        FileFingerprint fingerprint = files.openTracked(file).fingerprint();
        replace(file, Files.readString(file).replace("\"final\"", "\"draft\""));
        assertThat(fingerprint.changedOnDisk(file)).isTrue();
    }

    @Test
    void aDeletedOrReplacedByAFolderFileIsChanged() throws Exception {
        Path file = oldFile();
        FileFingerprint fingerprint = files.openTracked(file).fingerprint();
        Files.delete(file);
        assertThat(fingerprint.changedOnDisk(file)).as("deleted").isTrue();
        Files.createDirectory(file);
        assertThat(fingerprint.changedOnDisk(file)).as("a folder now").isTrue();
    }

    @Test
    void ourOwnSaveGivesTheNewFingerprintAndTheOldOneSeesTheChange() throws Exception {
        Path file = oldFile();
        OpenedReport opened = files.openTracked(file);
        SavedReport saved = files.saveTracked(opened.report().withTitle("Renamed"), opened.report(), file);
        assertThat(opened.fingerprint().changedOnDisk(file)).isTrue();
        assertThat(saved.fingerprint().changedOnDisk(file)).isFalse();
        assertThat(saved.fingerprint().sha256()).isNotEqualTo(opened.fingerprint().sha256());
    }

    @Test
    void aFingerprintKeptAsTextChecksTheSameWay() throws Exception {
        Path file = oldFile();
        FileFingerprint taken = files.openTracked(file).fingerprint();
        FileFingerprint kept = FileFingerprint.of(taken.size(), taken.modified(), taken.sha256());
        assertThat(kept.changedOnDisk(file)).isFalse();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        assertThat(kept.changedOnDisk(file)).isFalse();
        Files.write(file, Files.readString(file).toUpperCase().getBytes(StandardCharsets.UTF_8));
        assertThat(kept.changedOnDisk(file)).isTrue();
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "symbolic links need a privilege on Windows")
    @Test
    void theFingerprintFollowsASymbolicLinkToItsTarget() throws Exception {
        Path real = oldFile();
        Path link = Files.createSymbolicLink(dir.resolve("link.postmortem.json"), real.getFileName());
        SavedReport saved = files.saveTracked(files.open(link).report().withTitle("Through the link"), null, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(saved.fingerprint().changedOnDisk(link)).isFalse();
        assertThat(saved.fingerprint().changedOnDisk(real)).isFalse();
    }

    @Test
    void aFileGoneRightAfterItsReadIsFingerprintedByItsContent() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        byte[] content = "{}\n".getBytes(StandardCharsets.UTF_8);
        FileFingerprint fingerprint = FileFingerprint.ofOrContent(file, content);
        assertThat(fingerprint.changedOnDisk(file)).as("still gone").isTrue();
        Files.write(file, content);
        assertThat(fingerprint.changedOnDisk(file)).as("back with the same content").isFalse();
        Files.writeString(file, "[]\n");
        assertThat(fingerprint.changedOnDisk(file)).isTrue();
    }
}
