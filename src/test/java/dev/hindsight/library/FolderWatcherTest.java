package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher that lets the library window follow its folder without a restart. */
class FolderWatcherTest {
    @TempDir
    Path dir;

    @Test
    void reportsWrittenChangedOrRemovedAnywhereBelowAreTold() throws Exception {
        assumeTrue(FolderWatcher.isReliableHere(), "only where the platform's watching is used");
        Files.createDirectories(dir.resolve("2024"));
        Semaphore told = new Semaphore(0);
        try (FolderWatcher watcher = FolderWatcher.start(dir, told::release, 200)) {
            Files.writeString(dir.resolve("2024/a.postmortem.json"), "{}");
            assertThat(told.tryAcquire(10, TimeUnit.SECONDS)).as("a new report in a subfolder").isTrue();
            Path later = Files.createDirectories(dir.resolve("2025/01"));
            Files.writeString(later.resolve("b.postmortem.json"), "{}");
            assertThat(told.tryAcquire(10, TimeUnit.SECONDS)).as("a folder made since, and a report in it").isTrue();
            told.drainPermits();
            Files.writeString(later.resolve("b.postmortem.json"), "{\"x\": 1}");
            assertThat(told.tryAcquire(10, TimeUnit.SECONDS)).as("a report changed in the new folder").isTrue();
            told.drainPermits();
            Files.delete(dir.resolve("2024/a.postmortem.json"));
            assertThat(told.tryAcquire(10, TimeUnit.SECONDS)).as("a report removed").isTrue();
        }
    }
}
