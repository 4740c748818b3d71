package dev.hindsight.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.ManualScheduler;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings are written off the UI thread, a burst of changes as one write, and nothing is lost at exit. */
class SettingsTest {
    @TempDir
    Path config;

    @Test
    void zoomStepsAndRecentFilesAreWrittenLaterOnTheSettingsThreadAsOneWrite() {
        ManualScheduler clock = new ManualScheduler();
        Settings settings = Settings.load(config, clock);
        for (int step = 1; step <= 10; step++) {
            settings.zoom().set(1.0 + step * 0.1);
        }
        settings.addRecent(config.resolve("db.postmortem.json"));
        settings.setLastFolder(config);
        assertThat(config.resolve("settings.properties")).as("nothing written on the caller's thread").doesNotExist();
        assertThat(clock.waiting()).as("one write waits for the changes to stop").isEqualTo(1);

        clock.advance(Settings.QUIET);
        assertThat(config.resolve("settings.properties")).exists();
        assertThat(clock.waiting()).isZero();
        Settings again = Settings.load(config, new ManualScheduler());
        assertThat(again.zoom().get()).isEqualTo(2.0);
        assertThat(again.recentFiles()).containsExactly(config.resolve("db.postmortem.json").toAbsolutePath());
        assertThat(again.lastFolder()).contains(config.toAbsolutePath());
    }

    @Test
    void changesThatKeepComingAreWrittenAtTheLatestAfterTheLongestDelay() {
        ManualScheduler clock = new ManualScheduler();
        Settings settings = Settings.load(config, clock);
        for (int step = 0; step * 200 < Settings.MAX_DELAY.toMillis() + 200; step++) {
            settings.zoom().set(step % 2 == 0 ? 1.1 : 1.2);
            clock.advance(java.time.Duration.ofMillis(200));
        }
        assertThat(config.resolve("settings.properties")).exists();
    }

    @Test
    void flushWritesWhatWaitsAtExit() {
        ManualScheduler clock = new ManualScheduler();
        Settings settings = Settings.load(config, clock);
        settings.darkTheme().set(true);
        settings.flush();
        assertThat(Settings.load(config, new ManualScheduler()).darkTheme().get()).isTrue();
    }
}
