package dev.hindsight.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A team's check settings, kept in the repository beside the reports: the nearest folder named
 * {@value #FOLDER} found in the report's folder or a folder above it. The search stops at the
 * repository root (a folder holding {@code .git}, checked itself) or at the root of the file
 * system; the nearest folder wins and folders further up are not merged. It holds the team word
 * list {@value #WORDS} (one word a line, used by the spelling rule) and the review settings
 * {@value #SETTINGS} (rules on and off, severities; read by the review rules). The window and the
 * command line find it the same way.
 */
public record CheckConfig(Optional<Path> folder) {
    public static final String FOLDER = ".hindsight";
    public static final String WORDS = "words.txt";
    public static final String SETTINGS = "check.json";
    private static final CheckConfig NONE = new CheckConfig(Optional.empty());

    /** No team settings (a report never saved, or none found). */
    public static CheckConfig none() {
        return NONE;
    }

    /** The settings that apply to the report at {@code reportFile}. */
    public static CheckConfig forReport(Path reportFile) {
        Path dir = reportFile.toAbsolutePath().normalize().getParent();
        while (dir != null) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isDirectory(candidate)) {
                return new CheckConfig(Optional.of(candidate));
            }
            if (Files.exists(dir.resolve(".git"))) {
                return NONE;
            }
            dir = dir.getParent();
        }
        return NONE;
    }

    /** The team word list, if the settings folder has one. */
    public Optional<Path> wordsFile() {
        return folder.map(f -> f.resolve(WORDS)).filter(Files::isRegularFile);
    }

    /** The review settings file, if the settings folder has one. */
    public Optional<Path> settingsFile() {
        return folder.map(f -> f.resolve(SETTINGS)).filter(Files::isRegularFile);
    }
}
