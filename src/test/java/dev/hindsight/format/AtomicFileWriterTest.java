package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesANewFileAndReplacesAnOldOne() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        new AtomicFileWriter().write(file, utf8("one"));
        new AtomicFileWriter().write(file, utf8("two"));
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(AtomicFileWriter.Stage.class)
    void aFailureAtAnyStageLeavesTheOldFileWholeAndNoTempFile(AtomicFileWriter.Stage failing) throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        Files.writeString(file, "the old content");
        AtomicFileWriter writer = new AtomicFileWriter(stage -> {
            if (stage == failing) {
                throw new IOException("disk full (injected at " + stage + ")");
            }
        });
        assertThatThrownBy(() -> writer.write(file, utf8("the new content")))
                .isInstanceOf(IOException.class).hasMessageContaining("injected at " + failing);
        assertThat(Files.readString(file)).isEqualTo("the old content");
        assertThat(filesIn(dir)).as("no stray temp file").isEqualTo(1);
    }

    @Test
    void streamedContentThatFailsHalfWayLeavesTheOldFileWhole() throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.writeString(file, "the old export");
        AtomicFileWriter writer = new AtomicFileWriter();
        assertThatThrownBy(() -> writer.write(file, out -> {
            out.write(new byte[100_000]);
            out.close(); // a writer closing the stream (OpenPDF does) must not end the write early
            throw new IOException("renderer failed");
        })).hasMessageEndingWith("report.pdf: renderer failed");
        assertThat(Files.readString(file)).isEqualTo("the old export");
        assertThat(filesIn(dir)).isEqualTo(1);
        writer.write(file, out -> {
            out.write(utf8("the new "));
            out.close();
            out.write(utf8("export"));
        });
        assertThat(Files.readString(file)).isEqualTo("the new export");
    }

    @Test
    void aFailedFirstSaveLeavesNothingBehind() {
        Path file = dir.resolve("new.postmortem.json");
        AtomicFileWriter writer = new AtomicFileWriter(stage -> {
            throw new IOException("injected");
        });
        assertThatThrownBy(() -> writer.write(file, utf8("x"))).isInstanceOf(IOException.class);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aMissingFolderIsAnErrorThatNamesIt() {
        Path file = dir.resolve("missing/r.postmortem.json");
        assertThatThrownBy(() -> new AtomicFileWriter().write(file, utf8("x")))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(IoMessages.describe((IOException) e)).contains("missing"));
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "POSIX permissions")
    @Test
    void permissionsAreKept() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        new AtomicFileWriter().write(file, utf8("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "symbolic links need a privilege on Windows")
    @Test
    void aSymbolicLinkStaysALinkToTheSavedTarget() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("r.postmortem.json");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.postmortem.json");
        Files.createSymbolicLink(link, Path.of("real/r.postmortem.json"));
        new AtomicFileWriter().write(link, utf8("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(filesIn(real.getParent())).isEqualTo(1);
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "mkfifo: POSIX named pipes")
    @Test
    void aPipeOrDeviceIsNeverReplacedByAFile() throws Exception {
        // Run as root, `hindsight export --pdf=/dev/null` renamed a PDF over /dev/null itself.
        Path fifo = dir.resolve("pipe.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), fifo.getFileName());
        for (Path target : new Path[] {fifo, link}) {
            assertThatThrownBy(() -> new AtomicFileWriter().write(target, utf8("x")))
                    .isInstanceOf(IOException.class)
                    .satisfies(e -> assertThat(IoMessages.describe((IOException) e)).isEqualTo(
                            "not a file but a device, pipe or socket: nothing is written to it: " + fifo));
        }
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther()).isTrue();
        assertThat(filesIn(dir)).as("no temp file").isEqualTo(2);
    }
}
