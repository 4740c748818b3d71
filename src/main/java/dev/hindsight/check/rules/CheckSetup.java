package dev.hindsight.check.rules;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.check.spelling.WordList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules need to check one report besides the report itself: the language its prose is
 * checked in ({@code ""} = not stated, US English), the team's words (its {@code .hindsight/words.txt}
 * and any {@code --words} files), the person's own dictionary (the window only), the team's
 * settings, and whether spelling findings carry their suggestions (the command line) or leave
 * them to be asked for (the window's underlines). The team's review settings ({@code check.json}:
 * rules on and off, severities, options) are at their defaults until {@link #withSettings} is given
 * them.
 */
public record CheckSetup(String language, WordList teamWords, PersonalDictionary personal, CheckConfig config,
                         boolean suggestions, CheckSettings settings) {
    public CheckSetup {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(teamWords, "teamWords");
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(settings, "settings");
    }

    /** The same setup with the team's review settings ({@link CheckSettings#of(CheckConfig)}). */
    public CheckSetup withSettings(CheckSettings v) {
        return new CheckSetup(language, teamWords, personal, config, suggestions, v);
    }

    /** The command line's setup: no personal dictionary, suggestions in every finding. */
    public static CheckSetup commandLine(String language, WordList teamWords, CheckConfig config) {
        return new CheckSetup(language, teamWords, PersonalDictionary.none(), config, true, CheckSettings.DEFAULT);
    }

    /** The window's setup: the person's dictionary, suggestions asked for on a right-click. */
    public static CheckSetup editor(String language, WordList teamWords, PersonalDictionary personal, CheckConfig config) {
        return new CheckSetup(language, teamWords, personal, config, false, CheckSettings.DEFAULT);
    }

    /**
     * The team words for a report: the list its {@link CheckConfig} finds, and {@code extra} files.
     * Throws, naming the file, when one cannot be read.
     */
    public static WordList teamWords(CheckConfig config, List<Path> extra) throws IOException {
        List<Path> files = new ArrayList<>();
        config.wordsFile().ifPresent(files::add);
        files.addAll(extra);
        WordList words = WordList.EMPTY;
        for (Path file : files) {
            words = words.plus(WordList.read(file));
        }
        return words;
    }

    /** The team words for the report at {@code reportFile} (none for a report never saved), as the window reads them. */
    public static WordList teamWordsFor(Optional<Path> reportFile) throws IOException {
        return teamWords(reportFile.map(CheckConfig::forReport).orElse(CheckConfig.none()), List.of());
    }
}
