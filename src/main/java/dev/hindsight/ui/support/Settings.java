package dev.hindsight.ui.support;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.recovery.Debouncer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;

/**
 * What Hindsight remembers between runs: window bounds, the last folder, recent files, theme
 * and zoom. A small properties file in the user's config folder, written atomically; a
 * broken or unwritable file never stops the application. Changes are written off the UI
 * thread, a moment after they stop (ten zoom steps make one write), and at exit.
 */
public final class Settings {
    public static final int MAX_RECENT = 10;
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;

    /** How long after the last change the file is written, and how long a stream of changes may delay it. */
    static final Duration QUIET = Duration.ofMillis(400);
    static final Duration MAX_DELAY = Duration.ofSeconds(3);

    private final Path file;
    private final Debouncer writes;
    private final Properties values = new Properties();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);

    private Settings(Path file, Debouncer.Scheduler scheduler) {
        this.file = file;
        this.writes = new Debouncer(QUIET, MAX_DELAY, scheduler, this::write);
    }

    /** The settings folder, where the personal dictionary is kept too. */
    public Path folder() {
        return file.getParent();
    }

    public static Settings load(Path folder) {
        return load(folder, Debouncer.Scheduler.of(Writer.THREAD));
    }

    /** With writes scheduled on {@code scheduler} (a test's manual clock). */
    public static Settings load(Path folder, Debouncer.Scheduler scheduler) {
        Settings settings = new Settings(folder.resolve("settings.properties"), scheduler);
        try (InputStream in = Files.newInputStream(settings.file)) {
            settings.values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            // No settings yet: start from the defaults.
            Logger.getLogger(Settings.class.getName()).fine(() -> "no settings yet: " + settings.file);
        } catch (IOException | IllegalArgumentException e) {
            // Unreadable settings: start from the defaults.
            Logger.getLogger(Settings.class.getName()).log(Level.WARNING, "the settings cannot be read: " + settings.file, e);
        }
        settings.init();
        return settings;
    }

    private void init() {
        for (int i = 0; i < MAX_RECENT; i++) {
            String path = values.getProperty("recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(Path.of(path));
            }
        }
        dark.set("dark".equals(values.getProperty("theme")));
        zoom.set(clampZoom(number("zoom", 1.0)));
        dark.addListener((o, a, b) -> put("theme", b ? "dark" : "light"));
        zoom.addListener((o, a, b) -> put("zoom", Double.toString(b.doubleValue())));
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static double clampZoom(double z) {
        return Double.isNaN(z) ? 1.0 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public void addRecent(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        if (recent.size() > MAX_RECENT) {
            recent.remove(MAX_RECENT, recent.size());
        }
        storeRecent();
    }

    public void removeRecent(Path path) {
        recent.remove(path);
        storeRecent();
    }

    private void storeRecent() {
        synchronized (values) {
            for (int i = 0; i < MAX_RECENT; i++) {
                if (i < recent.size()) {
                    values.setProperty("recent." + i, recent.get(i).toString());
                } else {
                    values.remove("recent." + i);
                }
            }
        }
        save();
    }

    public Optional<Path> lastFolder() {
        return Optional.ofNullable(values.getProperty("folder.last")).map(Path::of).filter(Files::isDirectory);
    }

    public void setLastFolder(Path folder) {
        if (folder != null) {
            put("folder.last", folder.toAbsolutePath().toString());
        }
    }

    public BooleanProperty darkTheme() {
        return dark;
    }

    public DoubleProperty zoom() {
        return zoom;
    }

    public Optional<Rectangle2D> windowBounds() {
        double w = number("window.width", -1);
        double h = number("window.height", -1);
        if (w < 200 || h < 150) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(number("window.x", 0), number("window.y", 0), w, h));
    }

    public boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized"));
    }

    public void setWindowBounds(Rectangle2D bounds, boolean maximized) {
        synchronized (values) {
            values.setProperty("window.x", Double.toString(bounds.getMinX()));
            values.setProperty("window.y", Double.toString(bounds.getMinY()));
            values.setProperty("window.width", Double.toString(bounds.getWidth()));
            values.setProperty("window.height", Double.toString(bounds.getHeight()));
            values.setProperty("window.maximized", Boolean.toString(maximized));
        }
        save();
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    /** Writes what changed soon, on the settings thread: never on the UI thread, whose zoom steps come fast. */
    private void save() {
        writes.trigger();
    }

    /** Writes waiting changes now, on the caller's thread: before the application exits. */
    public void flush() {
        writes.flush();
    }

    private void write() {
        Properties sorted = new Properties();
        synchronized (values) {
            values.stringPropertyNames().stream().sorted().forEach(k -> sorted.setProperty(k, values.getProperty(k)));
        }
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sorted.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Hindsight settings");
            new AtomicFileWriter().write(file, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(Settings.class.getName()).log(Level.WARNING, "the settings were not saved: " + file, e);
        }
    }

    /** The one thread settings are written on, made when first needed. */
    private static final class Writer {
        static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hindsight-settings");
            t.setDaemon(true);
            return t;
        });
    }
}
