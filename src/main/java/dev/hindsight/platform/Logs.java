package dev.hindsight.platform;

import dev.hindsight.Version;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Hindsight's log: where it is, how big it may grow, and what each run of it starts with.
 * Code logs through plain {@code java.util.logging} loggers (named after their class);
 * {@link #useLogFile()} points the JDK's logging at the file before anything logs, so every
 * library that logs through it (JavaFX, later Lucene) lands in the same file.
 */
public final class Logs {
    /** The size at which the log is rotated. */
    public static final long LIMIT_BYTES = 1024 * 1024;
    /** How many files the log keeps: {@code hindsight.log} and up to three older ones, {@code .1} newest. */
    public static final int GENERATIONS = 4;

    private static final String CONFIG_CLASS = "java.util.logging.config.class";
    private static final String CONFIG_FILE = "java.util.logging.config.file";

    private Logs() {
    }

    /** The current log file: {@code logs/hindsight.log} in the data folder ({@link AppDirs#data()}). */
    public static Path file() {
        return file(AppDirs.current().data());
    }

    /** The log file of the data folder {@code data}. */
    public static Path file(Path data) {
        return data.resolve("logs").resolve("hindsight.log");
    }

    /**
     * Makes the JDK's logging write to {@link #file()} instead of the console, unless the user
     * configured it ({@code -Djava.util.logging.config.file=…}). Costs one system property:
     * nothing is loaded until something logs, and the file is opened only when a line is written.
     * Called first thing in {@code main}, before any library can set up the JDK's logging.
     */
    public static void useLogFile() {
        if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
            System.setProperty(CONFIG_CLASS, LogSetup.class.getName());
        }
    }

    /** Version, Java, system and locale in one line: the first line of every run in the log, and of Copy Details. */
    public static String environment() {
        return String.format(Locale.ROOT, "Hindsight %s, Java %s (%s), %s %s %s, locale %s",
                Version.get(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Locale.getDefault().toLanguageTag());
    }
}
