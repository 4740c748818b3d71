package dev.hindsight.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Hindsight keeps its own data: the XDG data folder on Linux, Application Support on
 * macOS, the local application data on Windows; the system property {@code hindsight.data.dir}
 * overrides it (tests, portable installs).
 */
public final class AppDataDir {
    public static final String PROPERTY = "hindsight.data.dir";

    private AppDataDir() {
    }

    /** The data folder of this user on this machine (it may not exist yet). */
    public static Path get() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = isAbsolute(local) ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Hindsight");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Hindsight");
        }
        // XDG Base Directory: a relative $XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isAbsolute(xdg) ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("hindsight");
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
