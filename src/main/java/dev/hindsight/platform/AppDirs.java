package dev.hindsight.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Hindsight keeps its settings, its data and its caches on each platform: the XDG
 * directories on Linux, {@code %APPDATA%} and {@code %LOCALAPPDATA%} on Windows, Application
 * Support and Caches on macOS. The system properties {@code hindsight.config.dir},
 * {@code hindsight.data.dir} and {@code hindsight.cache.dir} override them (tests, portable installs).
 */
public final class AppDirs {
    private static final String NAME = "hindsight";

    private final Map<String, String> env;
    private final String os;
    private final Path home;

    AppDirs(Map<String, String> env, String os, Path home) {
        this.env = env;
        this.os = os.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    public static AppDirs current() {
        return new AppDirs(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The folder for settings (window size, recent files, theme). */
    public Path config() {
        String override = System.getProperty("hindsight.config.dir");
        if (override != null) {
            return Path.of(override);
        }
        if (isWindows()) {
            return base("APPDATA", home.resolve("AppData/Roaming")).resolve("Hindsight");
        }
        if (isMac()) {
            return home.resolve("Library/Application Support/Hindsight");
        }
        return base("XDG_CONFIG_HOME", home.resolve(".config")).resolve(NAME);
    }

    /** The folder for data the application keeps for the user (recovery files). */
    public Path data() {
        String override = System.getProperty("hindsight.data.dir");
        if (override != null) {
            return Path.of(override);
        }
        if (isWindows()) {
            return base("LOCALAPPDATA", home.resolve("AppData/Local")).resolve("Hindsight");
        }
        if (isMac()) {
            return home.resolve("Library/Application Support/Hindsight");
        }
        return base("XDG_DATA_HOME", home.resolve(".local/share")).resolve(NAME);
    }

    /** The folder for caches that can always be rebuilt (the library's search index); safe to delete. */
    public Path cache() {
        String override = System.getProperty("hindsight.cache.dir");
        if (override != null) {
            return Path.of(override);
        }
        if (isWindows()) {
            return base("LOCALAPPDATA", home.resolve("AppData/Local")).resolve("Hindsight").resolve("Cache");
        }
        if (isMac()) {
            return home.resolve("Library/Caches/Hindsight");
        }
        return base("XDG_CACHE_HOME", home.resolve(".cache")).resolve(NAME);
    }

    private Path base(String variable, Path fallback) {
        String value = env.get(variable);
        // The XDG spec says a relative path must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private boolean isWindows() {
        return os.startsWith("windows");
    }

    private boolean isMac() {
        return os.startsWith("mac");
    }
}
