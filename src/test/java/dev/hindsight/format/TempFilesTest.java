package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.HoldLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files left by killed saves are removed by a later save only when provably abandoned. */
class TempFilesTest {
    @TempDir
    Path dir;

    private Path leftover(String name, Duration age) throws IOException {
        Path temp = Files.writeString(dir.resolve(name), "half a report");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(age)));
        return temp;
    }

    private String[] filesIn() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private void save() throws IOException {
        new AtomicFileWriter().write(dir.resolve("r.postmortem.json"), "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOldUnlockedTempFileOfTheSameReportIsRemovedByTheNextSave() throws Exception {
        leftover(".r.postmortem.json.3f2a9c01b7d4.tmp", Duration.ofMinutes(5));
        save();
        assertThat(filesIn()).containsExactly("r.postmortem.json");
    }

    @Test
    void aRecentTempFileIsKeptItMayBeALiveSaveBetweenItsLockAndItsRename() throws Exception {
        leftover(".r.postmortem.json.3f2a9c01b7d4.tmp", Duration.ofSeconds(5));
        save();
        assertThat(filesIn()).containsExactly(".r.postmortem.json.3f2a9c01b7d4.tmp", "r.postmortem.json");
    }

    @Test
    void aTempFileLockedByAnotherProcessIsKeptHoweverOld() throws Exception {
        Path temp = dir.resolve(".r.postmortem.json.abc.tmp");
        Process holder = HoldLock.start(temp);
        try {
            Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            save();
            assertThat(temp).exists();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        save();
        assertThat(temp).as("abandoned once its process has ended").doesNotExist();
    }

    @Test
    void otherFilesAreNeverTouched() throws Exception {
        String[] others = {".other.postmortem.json.3f2a.tmp", ".r.postmortem.json.tmp", ".r.postmortem.json.XYZ.tmp",
            "r.postmortem.json.3f2a.tmp", ".r.postmortem.json.3f2a.tmp.bak", ".r.postmortem.json.3f2a.tmp2"};
        for (String name : others) {
            leftover(name, Duration.ofDays(3));
        }
        save();
        assertThat(filesIn()).hasSize(others.length + 1).contains(others);
    }

    @Test
    void theTempNamePatternMatchesWhatTheWriterCreates() throws Exception {
        TempFiles.Open open = TempFiles.create(dir, "r [1] *.postmortem.json");
        open.close();
        open.finished();
        assertThat(TempFiles.isTempOf(open.path().getFileName().toString(), "r [1] *.postmortem.json")).isTrue();
        assertThat(TempFiles.removeAbandoned(dir, "r [1] *.postmortem.json", null, Duration.ZERO)).isEqualTo(1);
    }
}
