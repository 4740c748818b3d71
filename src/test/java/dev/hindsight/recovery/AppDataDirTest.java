package dev.hindsight.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recovery folder is where each platform keeps an application's data. */
class AppDataDirTest {
    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(AppDataDir.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data/ann"), "/home/ann"))
                .isEqualTo(Path.of("/data/ann/hindsight"));
        assertThat(AppDataDir.resolve(null, "Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/hindsight"));
        assertThat(AppDataDir.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative/is/invalid"), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/hindsight"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(AppDataDir.resolve(null, "Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Hindsight"));
    }

    @Test
    void windowsUsesLocalAppData() {
        // Paths of this machine's kind stand in for C:\Users\ann\AppData\Local.
        assertThat(AppDataDir.resolve(null, "Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local"), "/c/Users/ann"))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Local/Hindsight"));
        assertThat(AppDataDir.resolve(null, "Windows 11", Map.of(), "/c/Users/ann"))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Local/Hindsight"));
    }

    @Test
    void thePropertyOverridesEverything() {
        assertThat(AppDataDir.resolve("/tmp/test-data", "Linux", Map.of("XDG_DATA_HOME", "/data/ann"), "/home/ann"))
                .isEqualTo(Path.of("/tmp/test-data"));
    }

    @Test
    void theDefaultStoreIsUnderTheDataFolder() {
        String before = System.getProperty(AppDataDir.PROPERTY);
        System.setProperty(AppDataDir.PROPERTY, "/tmp/hindsight-test-data");
        try {
            assertThat(RecoveryStore.atDefaultLocation().folder()).isEqualTo(Path.of("/tmp/hindsight-test-data/recovery"));
        } finally {
            if (before == null) {
                System.clearProperty(AppDataDir.PROPERTY);
            } else {
                System.setProperty(AppDataDir.PROPERTY, before);
            }
        }
    }
}
