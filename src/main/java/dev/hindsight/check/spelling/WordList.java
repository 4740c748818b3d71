package dev.hindsight.check.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a spelling dictionary does not know but a report may use: the bundled technical words, a
 * team's list kept beside the reports, a person's own dictionary. A plain text file, one word a
 * line; blank lines and lines starting with {@code #} are skipped. Case: a word listed in
 * lowercase is accepted in any case ({@code rollback}, {@code Rollback}); a word listed with
 * capitals is accepted as listed or in capitals ({@code Terraform}, {@code TERRAFORM}, not
 * {@code terraform}). Regular endings of a listed word are accepted too: {@code -s}, {@code -es},
 * {@code -ed}, {@code -d}, {@code -ing}, {@code -er}, {@code -ers} ({@code runbooks},
 * {@code sharded}, {@code rebasing}).
 */
public final class WordList {
    public static final WordList EMPTY = new WordList(Set.of(), Set.of(), List.of());
    /** A list file larger than this is refused rather than read (a team list of 100,000 words is about 1 MB). */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final String TECHNICAL = "technical-words.txt";
    private static final String[][] ENDINGS = {{"s", ""}, {"es", ""}, {"ed", ""}, {"ed", "e"}, {"d", ""},
        {"ing", ""}, {"ing", "e"}, {"er", ""}, {"er", "e"}, {"ers", ""}, {"ers", "e"}};

    private static volatile WordList technical;

    private final Set<String> anyCase;
    private final Set<String> exact;
    private final Set<String> exactInCapitals;
    private final List<String> entries;

    private WordList(Set<String> anyCase, Set<String> exact, List<String> entries) {
        this.anyCase = anyCase;
        this.exact = exact;
        this.exactInCapitals = exact.stream().map(w -> w.toUpperCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.entries = entries;
    }

    /** A list of {@code lines} as a file would hold them. */
    public static WordList of(Collection<String> lines) {
        Set<String> anyCase = new HashSet<>();
        Set<String> exact = new HashSet<>();
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            String w = normalize(line);
            if (w.isEmpty() || w.startsWith("#")) {
                continue;
            }
            boolean added = w.equals(w.toLowerCase(Locale.ROOT)) ? anyCase.add(w) : exact.add(w);
            if (added) {
                entries.add(w);
            }
        }
        return new WordList(Set.copyOf(anyCase), Set.copyOf(exact), List.copyOf(entries));
    }

    /**
     * Reads a word list file (UTF-8; a byte that is not UTF-8 becomes a replacement character
     * rather than a refusal). Throws when the file cannot be read or is larger than {@link #MAX_FILE_BYTES}.
     */
    public static WordList read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(String.format(Locale.ROOT, "%s: a word list of %,d bytes is more than the %,d allowed",
                    file, size, MAX_FILE_BYTES));
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return of(text.lines().toList());
    }

    /** The technical words bundled with Hindsight (operations, cloud, databases, networking, tools), read once. */
    public static WordList technical() {
        WordList t = technical;
        if (t == null) {
            synchronized (WordList.class) {
                t = technical;
                if (t == null) {
                    try (InputStream in = WordList.class.getResourceAsStream(TECHNICAL)) {
                        if (in == null) {
                            throw new IllegalStateException(TECHNICAL + " is missing from the class path");
                        }
                        t = of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    technical = t;
                }
            }
        }
        return t;
    }

    /** A word as a list holds it: trimmed, the typographic apostrophe as {@code '}. */
    static String normalize(String word) {
        return word.strip().replace('\u2019', '\'');
    }

    /** Both lists in one. */
    public WordList plus(WordList other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        if (entries.isEmpty()) {
            return other;
        }
        List<String> lines = new ArrayList<>(entries);
        lines.addAll(other.entries);
        return of(lines);
    }

    /** Whether {@code word}, or a word it is a regular ending of, is on the list (see the class comment for case). */
    public boolean accepts(String word) {
        if (entries.isEmpty()) {
            return false;
        }
        String w = normalize(word);
        if (listed(w)) {
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        for (String[] e : ENDINGS) {
            if (lower.endsWith(e[0]) && lower.length() > e[0].length() + 1) {
                String stem = w.substring(0, w.length() - e[0].length()) + e[1];
                if (listed(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean listed(String w) {
        return anyCase.contains(w.toLowerCase(Locale.ROOT)) || exact.contains(w)
                || (w.equals(w.toUpperCase(Locale.ROOT)) && exactInCapitals.contains(w));
    }

    /** Whether {@code word} is listed exactly as written (not by case or ending). */
    public boolean contains(String word) {
        String w = normalize(word);
        return anyCase.contains(w) || exact.contains(w);
    }

    /** The words, in the order first listed. */
    public List<String> words() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
