package dev.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppDirsTest {
    /** Absolute on every system the tests run on ("/" here, "C:\\" on Windows), as the environment's paths are. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getRoot();
    private static final Path HOME = ROOT.resolve("home").resolve("ana");
    private String config;
    private String data;
    private String cache;

    @BeforeEach
    void clearOverrides() {
        config = System.clearProperty("hindsight.config.dir");
        data = System.clearProperty("hindsight.data.dir");
        cache = System.clearProperty("hindsight.cache.dir");
    }

    @AfterEach
    void restoreOverrides() {
        if (config != null) {
            System.setProperty("hindsight.config.dir", config);
        }
        if (data != null) {
            System.setProperty("hindsight.data.dir", data);
        }
        if (cache != null) {
            System.setProperty("hindsight.cache.dir", cache);
        }
    }

    @Test
    void linuxFollowsXdg() {
        AppDirs dirs = new AppDirs(Map.of("XDG_DATA_HOME", ROOT.resolve("data").toString(),
                "XDG_CONFIG_HOME", "relative/ignored"), "Linux", HOME);
        assertThat(dirs.data()).isEqualTo(ROOT.resolve("data").resolve("hindsight"));
        assertThat(dirs.config()).isEqualTo(HOME.resolve(".config").resolve("hindsight"));
        assertThat(new AppDirs(Map.of(), "Linux", HOME).data())
                .isEqualTo(HOME.resolve(".local").resolve("share").resolve("hindsight"));
    }

    @Test
    void windowsAndMacUseTheirUsualPlaces() {
        Path local = ROOT.resolve("Users").resolve("ana").resolve("AppData").resolve("Local");
        AppDirs windows = new AppDirs(Map.of("LOCALAPPDATA", local.toString()), "Windows 11", HOME);
        assertThat(windows.data()).isEqualTo(local.resolve("Hindsight"));
        AppDirs mac = new AppDirs(Map.of(), "Mac OS X", HOME);
        assertThat(mac.config()).isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Hindsight"));
    }

    @Test
    void systemPropertiesOverride() {
        System.setProperty("hindsight.data.dir", "/tmp/x");
        try {
            assertThat(new AppDirs(Map.of(), "Linux", HOME).data()).isEqualTo(Path.of("/tmp/x"));
        } finally {
            System.clearProperty("hindsight.data.dir");
        }
    }

    @Test
    void theCacheFolderIsThePlatformsOwn() {
        assertThat(new AppDirs(Map.of("XDG_CACHE_HOME", "/var/cache/ana"), "Linux", HOME).cache())
                .isEqualTo(Path.of("/var/cache/ana/hindsight"));
        assertThat(new AppDirs(Map.of("XDG_CACHE_HOME", "relative"), "Linux", HOME).cache())
                .isEqualTo(Path.of("/home/ana/.cache/hindsight"));
        assertThat(new AppDirs(Map.of("LOCALAPPDATA", "/c/Users/ana/AppData/Local"), "Windows 11", HOME).cache())
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/Hindsight/Cache"));
        assertThat(new AppDirs(Map.of(), "Mac OS X", HOME).cache()).isEqualTo(Path.of("/home/ana/Library/Caches/Hindsight"));
        System.setProperty("hindsight.cache.dir", "/tmp/c");
        try {
            assertThat(new AppDirs(Map.of(), "Linux", HOME).cache()).isEqualTo(Path.of("/tmp/c"));
        } finally {
            System.clearProperty("hindsight.cache.dir");
        }
    }
}
