package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.HoldLock;
import dev.hindsight.testing.SmallLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's cache: kept up to date by fingerprint, rebuilt when damaged, never a reason to fail. */
class LibraryCacheTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private Library load() throws Exception {
        return new LibraryLoader(cache).load(List.of(dir.resolve("reports")), LibraryProgress.NONE);
    }

    private static ReportDigest digest(Library library, String key) {
        return library.reports().stream().filter(e -> e.found().key().equals(key)).findFirst().orElseThrow().digest();
    }

    private static void makeOld(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    @Test
    void aChangedAddedOrRemovedFileShowsInTheNextLoad() throws Exception {
        Path reports = SmallLibrary.copyTo(dir);
        assertThat(load().reports()).hasSize(6);
        Path login = reports.resolve("2024/b-login.postmortem.json");
        Files.writeString(login, Files.readString(login).replace("\"SEV2\"", "\"SEV4\""), StandardCharsets.UTF_8);
        Files.copy(reports.resolve("2024/a-checkout.postmortem.json"), reports.resolve("2024/g-copy.postmortem.json"));
        Files.delete(reports.resolve("2023/f-new-year.postmortem.json"));
        Files.delete(reports.resolve("notes/broken.postmortem.json"));
        Library after = load();
        assertThat(digest(after, "2024/b-login.postmortem.json").severity().code()).isEqualTo("SEV4");
        assertThat(after.reports()).extracting(e -> e.found().key()).contains("2024/g-copy.postmortem.json")
                .doesNotContain("2023/f-new-year.postmortem.json");
        assertThat(after.refused()).hasSize(1);
        assertThat(LibraryStats.of(after.reports().stream().map(LibraryEntry::digest).toList(),
                java.time.LocalDate.of(2024, 7, 1)).bySeverity()).containsEntry("SEV4", 1).containsEntry("SEV1", 2);
    }

    @Test
    void aFileWithTheSameSizeAndTimeButOtherContentIsReadAgainWhenItsTimeWasTooRecentToTrust() throws Exception {
        Path reports = SmallLibrary.copyTo(dir);
        Path login = reports.resolve("2024/b-login.postmortem.json");
        FileTime written = Files.getLastModifiedTime(login);
        assertThat(digest(load(), "2024/b-login.postmortem.json").title()).isEqualTo("Login slow");
        // Same length, same modification time: only the content (and the recent time) tells.
        Files.writeString(login, Files.readString(login).replace("Login slow", "Login SLOW"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(login, written);
        assertThat(digest(load(), "2024/b-login.postmortem.json").title()).isEqualTo("Login SLOW");
    }

    private Path generated(int count) throws Exception {
        Path reports = dev.hindsight.testing.GeneratedLibrary.write(dir.resolve("reports"), count, 5);
        try (Stream<Path> all = Files.walk(reports)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                makeOld(f);
            }
        }
        return reports;
    }

    private int rescanInANewWindow(Path reports) throws Exception {
        try (LibraryFolder window = LibraryFolder.open(reports, cache)) {
            return window.rescan(LibraryProgress.NONE).parsed();
        }
    }

    @Test
    void onlyWhatChangedIsReadAgain() throws Exception {
        Path reports = SmallLibrary.copyTo(dir);
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                makeOld(f);
            }
        }
        assertThat(rescanInANewWindow(reports)).as("first scan: every report file").isEqualTo(8);
        assertThat(rescanInANewWindow(reports)).as("nothing changed: size and settled time prove it").isZero();
        Path login = reports.resolve("2024/b-login.postmortem.json");
        Files.setLastModifiedTime(login, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(rescanInANewWindow(reports)).as("touched, same content: hashed, not read").isZero();
        Files.writeString(login, Files.readString(login).replace("Login slow", "Login slower"), StandardCharsets.UTF_8);
        makeOld(login);
        try (LibraryFolder window = LibraryFolder.open(reports, cache)) {
            Library changed = window.rescan(LibraryProgress.NONE);
            assertThat(changed.parsed()).isEqualTo(1);
            assertThat(digest(changed, "2024/b-login.postmortem.json").title()).isEqualTo("Login slower");
            assertThat(window.rescan(LibraryProgress.NONE).parsed()).as("the same window, again").isZero();
        }
    }

    @Test
    void theWindowAddsTheTextTheCommandLineLeftOutAndThenNeedsNothingMore() throws Exception {
        Path reports = generated(40);
        assertThat(load().parsed()).isEqualTo(40);
        try (LibraryFolder window = LibraryFolder.open(reports, cache)) {
            assertThat(window.rescan(LibraryProgress.NONE).parsed()).as("every report again, for its text").isEqualTo(40);
            assertThat(window.search("runbook", 5).keys()).isNotEmpty();
        }
        assertThat(rescanInANewWindow(reports)).isZero();
        assertThat(load().parsed()).as("the command line takes the window's entries as they are").isZero();
    }

    @Test
    void theCommandLineWritesBackManyChangesButReadsAFewAgainRatherThanOpenTheIndexForWriting() throws Exception {
        Path reports = generated(40);
        List<Path> files;
        try (Stream<Path> all = Files.walk(reports)) {
            files = all.filter(f -> f.toString().endsWith(".postmortem.json")).sorted().toList();
        }
        assertThat(load().parsed()).isEqualTo(40);
        assertThat(load().parsed()).as("40 changes were written").isZero();
        Path one = files.get(0);
        Files.writeString(one, Files.readString(one).replace("\"Internal\"", "\"Secret\""));
        makeOld(one);
        assertThat(load().parsed()).isEqualTo(1);
        assertThat(load().parsed()).as("one change is read again rather than written").isEqualTo(1);
        for (Path f : files.subList(0, LibraryLoader.WORTH_WRITING)) {
            Files.writeString(f, Files.readString(f).replace("\"Internal\"", "\"Restricted\""));
            makeOld(f);
        }
        assertThat(load().parsed()).isEqualTo(LibraryLoader.WORTH_WRITING);
        assertThat(load().parsed()).isZero();
    }

    @Test
    void aDamagedCacheIsRebuiltFromTheFiles() throws Exception {
        Path reports = SmallLibrary.copyTo(dir);
        assertThat(rescanInANewWindow(reports)).isEqualTo(8);
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("folder.txt")
                    && !f.endsWith("write.lock")).toList()) {
                Files.write(f, "garbage".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Library again = load();
        assertThat(again.reports()).hasSize(6);
        assertThat(again.refused()).hasSize(2);
        assertThat(rescanInANewWindow(reports)).as("rebuilt").isEqualTo(8);
        assertThat(rescanInANewWindow(reports)).isZero();
    }

    @Test
    void whenAnotherProcessOwnsTheIndexTheLibraryIsReadWithoutWritingIt() throws Exception {
        Path reports = SmallLibrary.copyTo(dir);
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                makeOld(f);
            }
        }
        rescanInANewWindow(reports);
        Path indexFolder;
        try (Stream<Path> folders = Files.list(cache.resolve("library"))) {
            indexFolder = folders.findFirst().orElseThrow();
        }
        Process other = HoldLock.start(indexFolder.resolve("write.lock"));
        try {
            Path login = reports.resolve("2024/b-login.postmortem.json");
            Files.writeString(login, Files.readString(login).replace("\"SEV2\"", "\"SEV5\""), StandardCharsets.UTF_8);
            Library library = load();
            assertThat(library.parsed()).as("the owner's last commit answered for the rest").isEqualTo(1);
            assertThat(library.reports()).hasSize(6);
            assertThat(digest(library, "2024/b-login.postmortem.json").severity().code()).isEqualTo("SEV5");
            try (LibraryFolder window = LibraryFolder.open(reports, cache)) {
                assertThat(window.cacheState()).isEqualTo(LibraryFolder.CacheState.IN_USE_ELSEWHERE);
                assertThat(window.rescan(LibraryProgress.NONE).reports()).hasSize(6);
                assertThat(window.search("certificate", 5).keys()).containsExactly("2024/a-checkout.postmortem.json");
            }
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
    }

    @Test
    void anUnusableCacheFolderIsNoReasonToFail() throws Exception {
        SmallLibrary.copyTo(dir);
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        Library library = new LibraryLoader(notAFolder).load(List.of(dir.resolve("reports")), LibraryProgress.NONE);
        assertThat(library.reports()).hasSize(6);
        try (LibraryFolder window = LibraryFolder.open(dir.resolve("reports"), notAFolder)) {
            assertThat(window.cacheState()).isEqualTo(LibraryFolder.CacheState.UNAVAILABLE);
            assertThat(window.rescan(LibraryProgress.NONE).reports()).hasSize(6);
        }
    }
}
