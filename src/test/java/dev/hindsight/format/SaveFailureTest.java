package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A save that cannot be done says why in words, changes nothing and leaves no temporary file. */
class SaveFailureTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String[] filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private static String message(Throwable e) {
        return IoMessages.describe((IOException) e);
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "POSIX permissions")
    @Test
    void aReadOnlyFileIsRefusedNotReplaced() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        Files.writeString(file, "the colleague's read-only copy");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> new AtomicFileWriter().write(file, utf8("mine")))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("the file is read-only: " + file));
        assertThat(Files.readString(file)).isEqualTo("the colleague's read-only copy");
        assertThat(filesIn(dir)).containsExactly("r.postmortem.json");
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "POSIX permissions")
    @Test
    void aReportSaveToAReadOnlyFileKeepsTheFileAndSaysSo() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        ReportFiles files = new ReportFiles();
        files.save(Report.blank().withTitle("first"), null, file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThatThrownBy(() -> files.save(Report.blank().withTitle("second"), null, file))
                .satisfies(e -> assertThat(message(e)).isEqualTo("the file is read-only: " + file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("r.postmortem.json");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("gone/r.postmortem.json");
        assertThatThrownBy(() -> new AtomicFileWriter().write(file, utf8("x")))
                .satisfies(e -> assertThat(message(e)).isEqualTo("the folder does not exist: " + dir.resolve("gone")));
        assertThat(Files.exists(dir.resolve("gone"))).isFalse();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        Files.writeString(dir.resolve("notes"), "a file");
        Path file = dir.resolve("notes/r.postmortem.json");
        assertThatThrownBy(() -> new AtomicFileWriter().write(file, utf8("x")))
                .satisfies(e -> assertThat(message(e)).isEqualTo("not a folder: " + dir.resolve("notes")));
    }

    @Test
    void aFolderWithTheReportsNameIsNotReplaced() throws Exception {
        Path file = Files.createDirectory(dir.resolve("r.postmortem.json"));
        assertThatThrownBy(() -> new AtomicFileWriter().write(file, utf8("x")))
                .satisfies(e -> assertThat(message(e)).isEqualTo("a folder has this name: " + file));
        assertThat(Files.isDirectory(file)).isTrue();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
        No space left on device | WRITTEN  | the disk is full
        No space left on device | CREATED  | the disk is full
        Disk quota exceeded     | FLUSHED  | the disk quota is used up
        Input/output error      | WRITTEN  | the disk could not be read or written (input/output error)
        """)
    void aPlainIoErrorIsWordedAndNamesTheFile(String osMessage, AtomicFileWriter.Stage stage, String expected)
            throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        Files.writeString(file, "old");
        AtomicFileWriter writer = new AtomicFileWriter(at -> {
            if (at == stage) {
                throw new IOException(osMessage);
            }
        });
        assertThatThrownBy(() -> writer.write(file, utf8("new")))
                .isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(expected + ": " + file));
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(dir)).containsExactly("r.postmortem.json");
    }

    @Test
    void anInjectedPermissionDenialWhileMovingLeavesTheOldFileAndNoTemp() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        Files.writeString(file, "old");
        AtomicFileWriter writer = new AtomicFileWriter(at -> {
            if (at == AtomicFileWriter.Stage.MOVING) {
                throw new AccessDeniedException(file.toString());
            }
        });
        assertThatThrownBy(() -> writer.write(file, utf8("new")))
                .satisfies(e -> assertThat(message(e)).isEqualTo("permission denied: " + file));
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(dir)).containsExactly("r.postmortem.json");
    }

    @Test
    void aReportSaveThatFailsReturnsNothingAndTheReaderStillReadsTheOldFile() throws Exception {
        Path file = dir.resolve("r.postmortem.json");
        new ReportFiles().save(Report.blank().withTitle("kept"), null, file);
        ReportFiles failing = new ReportFiles(new ReportReader(), new AtomicFileWriter(at -> {
            if (at == AtomicFileWriter.Stage.WRITTEN) {
                throw new IOException("No space left on device");
            }
        }), Clock.systemUTC());
        assertThatThrownBy(() -> failing.save(Report.blank().withTitle("lost?"), null, file))
                .satisfies(e -> assertThat(message(e)).isEqualTo("the disk is full: " + file));
        assertThat(new ReportReader().read(file).report().title()).isEqualTo("kept");
        assertThat(filesIn(dir)).containsExactly("r.postmortem.json");
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "POSIX permissions")
    @Test
    void aReadOnlyFolderIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who writes anywhere (root)");
            Path file = folder.resolve("r.postmortem.json");
            assertThatThrownBy(() -> new AtomicFileWriter().write(file, utf8("x")))
                    .satisfies(e -> assertThat(message(e))
                            .isEqualTo("the folder is read-only: no file can be saved in it: " + folder));
            assertThat(filesIn(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDeniedTempFileIsReportedAsAReadOnlyFolder() throws Exception {
        // As root the real folder above is writable anyway: the denial is injected where the OS would give it.
        Path file = dir.resolve("r.postmortem.json");
        Files.writeString(file, "old");
        AtomicFileWriter writer = new AtomicFileWriter(at -> {
            if (at == AtomicFileWriter.Stage.CREATING) {
                throw new AccessDeniedException(dir.resolve(".r.postmortem.json.1.tmp").toString());
            }
        });
        assertThatThrownBy(() -> writer.write(file, utf8("new")))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(message(e))
                        .isEqualTo("the folder is read-only: no file can be saved in it: " + dir));
        assertThat(filesIn(dir)).containsExactly("r.postmortem.json");
    }
}
