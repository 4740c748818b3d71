package dev.hindsight.check.spelling;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.format.IoMessages;
import dev.hindsight.platform.AppDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's own words ("Add to dictionary"), kept in the settings folder as {@value #FILE_NAME}:
 * plain text, one word a line, case rules as in {@link WordList}. Adding a word reads the file
 * again (another window may have added one), appends, and replaces the file atomically, so a
 * crash never leaves half a list. The command line does not read it: {@code hindsight check} finds
 * what CI finds, and words a team shares belong in the team's list ({@code .hindsight/words.txt}).
 */
public final class PersonalDictionary {
    public static final String FILE_NAME = "words.txt";
    private static final String HEADER = "# Hindsight personal dictionary: words added with \"Add to dictionary\".\n"
            + "# One word a line; a word in lowercase is accepted in any case, a capitalised word as written.\n";
    private static final int MAX_WORD = 100;
    private static final PersonalDictionary NONE = new PersonalDictionary(null);

    private final Path file;
    private volatile WordList words = WordList.EMPTY;
    private volatile long revision;
    private volatile String problem;

    private PersonalDictionary(Path file) {
        this.file = file;
    }

    /** No personal words, and none can be added (the command line). */
    public static PersonalDictionary none() {
        return NONE;
    }

    /** The personal dictionary of this user: {@code words.txt} in the settings folder. */
    public static PersonalDictionary forUser(AppDirs dirs) {
        return open(dirs.config().resolve(FILE_NAME));
    }

    /**
     * The dictionary kept in {@code file}, read now. A file that cannot be read gives an empty
     * dictionary and a {@link #problem()}; it never stops a check.
     */
    public static PersonalDictionary open(Path file) {
        PersonalDictionary d = new PersonalDictionary(file);
        d.load();
        return d;
    }

    private void load() {
        try {
            words = WordList.read(file);
            problem = null;
        } catch (NoSuchFileException e) {
            words = WordList.EMPTY;
            problem = null;
        } catch (IOException e) {
            words = WordList.EMPTY;
            problem = "Cannot read the personal dictionary " + file + ": " + IoMessages.describe(e);
        }
    }

    /** Where the words are kept; empty for {@link #none()}. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public WordList words() {
        return words;
    }

    /** Changes whenever the words change, so checks done before can be told apart. */
    public long revision() {
        return revision;
    }

    /** Why the file could not be read, if it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Adds {@code word} (as written: "Acme" accepts "Acme", "acme" accepts any case) and saves the
     * list. Returns false when it was already listed. Throws {@link IllegalArgumentException} for
     * something that is not one word, and an {@link IOException} worded for a person when the file
     * cannot be written (the words in memory and on disk are then unchanged).
     */
    public synchronized boolean add(String word) throws IOException {
        String w = checkWord(word);
        List<String> lines = currentLines();
        if (WordList.of(lines).contains(w)) {
            words = WordList.of(lines);
            return false;
        }
        lines.add(w);
        save(lines);
        return true;
    }

    /** Removes {@code word} as listed; returns false when it was not listed. */
    public synchronized boolean remove(String word) throws IOException {
        String w = checkWord(word);
        List<String> lines = currentLines();
        boolean removed = lines.removeIf(line -> WordList.normalize(line).equals(w));
        if (removed) {
            save(lines);
        }
        return removed;
    }

    private String checkWord(String word) {
        if (file == null) {
            throw new UnsupportedOperationException("the command line has no personal dictionary");
        }
        String w = WordList.normalize(word);
        if (w.isEmpty() || w.length() > MAX_WORD || w.startsWith("#") || w.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not one word: \"" + word + "\"");
        }
        return w;
    }

    private List<String> currentLines() throws IOException {
        try {
            if (Files.size(file) > WordList.MAX_FILE_BYTES) {
                throw new IOException(file + " is larger than a word list may be");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return new ArrayList<>(text.lines().toList());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IOException(file + " is not UTF-8 text; it was left as it is");
            }
        } catch (NoSuchFileException e) {
            return new ArrayList<>(HEADER.lines().toList());
        }
    }

    private void save(List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new AtomicFileWriter().write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        words = WordList.of(lines);
        problem = null;
        revision++;
    }
}
