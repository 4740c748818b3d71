package dev.hindsight.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.library.LibraryLoader;
import dev.hindsight.library.LibraryProgress;
import dev.hindsight.testing.SmallLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the empty table says: it once told a user still waiting for the first read to clear filters never set. */
class ScanStateTest {
    @TempDir
    Path dir;

    @Test
    void beforeTheFirstReadTheTableSaysItIsReadingNotThatNothingMatches() {
        ScanState state = new ScanState(dir);
        assertThat(state.emptyTable().get()).isEqualTo("Reading the reports in " + dir + "\u2026");
    }

    @Test
    void aFolderWithoutReportsSaysWhatALibraryIs() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.json"), "{}");
        ScanState state = new ScanState(empty);
        state.start();
        state.finished(new LibraryLoader(null).load(List.of(empty), LibraryProgress.NONE));
        assertThat(state.emptyTable().get()).startsWith("No reports in " + empty + ": ")
                .contains("*.postmortem.json");
    }

    @Test
    void aLibraryWithReportsSaysNothingMatchesTheFilters() throws Exception {
        Path reports = SmallLibrary.copyTo(dir);
        ScanState state = new ScanState(reports);
        state.start();
        state.finished(new LibraryLoader(null).load(List.of(reports), LibraryProgress.NONE));
        assertThat(state.emptyTable().get()).startsWith("No report matches.");
    }

    @Test
    void aFirstReadThatFailsSaysWhyAndALaterFailureKeepsWhatWasShown() throws Exception {
        ScanState state = new ScanState(dir);
        state.start();
        state.failed(new IOException("permission denied"));
        assertThat(state.emptyTable().get()).isEqualTo("The folder could not be read: permission denied");
        Path reports = SmallLibrary.copyTo(dir.resolve("reports"));
        ScanState read = new ScanState(reports);
        read.start();
        read.finished(new LibraryLoader(null).load(List.of(reports), LibraryProgress.NONE));
        read.start();
        read.failed(new IOException("gone"));
        assertThat(read.emptyTable().get()).startsWith("No report matches.");
    }
}
