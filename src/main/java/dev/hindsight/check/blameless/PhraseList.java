package dev.hindsight.check.blameless;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The blameless-language rules as written in the bundled phrase list ({@value #RESOURCE}): families,
 * phrases with their why and their system-focused alternative, exceptions, and the {@code @role}
 * class. The file's header describes the format; each pattern line is expanded here into every
 * phrase its braces give ({@code forg{ot,otten}} is two phrases). Read once per process.
 */
public final class PhraseList {
    static final String RESOURCE = "/dev/hindsight/check/blameless/phrases.txt";
    private static volatile PhraseList bundled;

    private final List<Family> families;
    private final List<Phrase> phrases;
    private final List<List<String>> exceptions;
    private final Set<String> roles;

    private PhraseList(List<Family> families, List<Phrase> phrases, List<List<String>> exceptions, Set<String> roles) {
        this.families = List.copyOf(families);
        this.phrases = List.copyOf(phrases);
        this.exceptions = List.copyOf(exceptions);
        this.roles = Set.copyOf(roles);
    }

    /** The list bundled with Hindsight. */
    public static PhraseList bundled() {
        PhraseList p = bundled;
        if (p == null) {
            synchronized (PhraseList.class) {
                p = bundled;
                if (p == null) {
                    try (InputStream in = PhraseList.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the class path");
                        }
                        p = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bundled = p;
                }
            }
        }
        return p;
    }

    /** A phrase list from {@code text}; a line it cannot read is an error naming {@code source} and the line. */
    public static PhraseList parse(String text, String source) {
        List<Family> families = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<List<String>> exceptions = new ArrayList<>();
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        Family family = null;
        String why = null;
        String instead = null;
        int n = 0;
        for (String raw : text.lines().toList()) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int eq = line.indexOf('=');
                require(eq > 1, source, n, "a class is written @name = word word …");
                classes.put(line.substring(1, eq).strip(), new LinkedHashSet<>(words(line.substring(eq + 1))));
            } else if (line.startsWith("[")) {
                int close = line.indexOf(']');
                require(close > 1, source, n, "a family is written [code] Title");
                String code = line.substring(1, close).strip();
                require(families.stream().noneMatch(f -> f.code().equals(code)), source, n, "family " + code + " twice");
                family = new Family(code, line.substring(close + 1).strip());
                families.add(family);
                why = null;
                instead = null;
            } else if (line.startsWith("why:")) {
                why = line.substring(4).strip();
            } else if (line.startsWith("instead:")) {
                instead = line.substring(8).strip();
            } else if (line.startsWith("!")) {
                for (String e : expand(line.substring(1).strip())) {
                    exceptions.add(tokens(e, source, n));
                }
            } else {
                require(family != null, source, n, "a phrase before any [family]");
                String[] parts = line.split("\\|", -1);
                require(parts.length == 1 || parts.length == 3, source, n, "a phrase is written pattern | why | instead");
                String pattern = parts[0].strip();
                String w = parts.length == 3 ? parts[1].strip() : why;
                String i = parts.length == 3 ? parts[2].strip() : instead;
                require(w != null && !w.isEmpty() && i != null && !i.isEmpty(), source, n,
                        "a phrase without a why: and an instead:");
                for (String e : expand(pattern)) {
                    phrases.add(new Phrase(family, tokens(e, source, n), w, i, pattern));
                }
            }
        }
        Set<String> roles = classes.getOrDefault("role", Set.of());
        require(!roles.isEmpty(), source, n, "no @role class");
        return new PhraseList(families, phrases, exceptions, roles);
    }

    /** Every phrase a pattern gives: {@code a{b,c}d} is {@code abd} and {@code acd}; braces do not nest. */
    static List<String> expand(String pattern) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            return List.of(String.join(" ", words(pattern)));
        }
        int close = pattern.indexOf('}', open);
        if (close < 0) {
            throw new IllegalArgumentException("an unclosed { in " + pattern);
        }
        List<String> out = new ArrayList<>();
        for (String alternative : pattern.substring(open + 1, close).split(",", -1)) {
            out.addAll(expand(pattern.substring(0, open) + alternative + pattern.substring(close + 1)));
        }
        return out;
    }

    private static List<String> tokens(String phrase, String source, int line) {
        List<String> out = new ArrayList<>();
        for (String w : words(phrase)) {
            require(!w.startsWith("<") || Slot.of(w).isPresent(), source, line, "no slot " + w);
            require(w.startsWith("<") || isWord(w), source, line, "\"" + w + "\" is not a word");
            out.add(w.startsWith("<") ? w : w.toLowerCase(Locale.ROOT));
        }
        require(!out.isEmpty(), source, line, "an empty phrase");
        return out;
    }

    /**
     * The words of {@code s}, split at runs of ASCII white space (regex {@code \s}) after a strip. A
     * loop rather than a regex: the list has thousands of phrases once expanded, and every
     * {@code check} process reads it (a regex per phrase was a third of its parse, cold).
     */
    private static List<String> words(String s) {
        String t = s.strip();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= t.length(); i++) {
            boolean space = i == t.length() || isSpace(t.charAt(i));
            if (space && start >= 0) {
                out.add(t.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** What regex {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    private static void require(boolean ok, String source, int line, String what) {
        if (!ok) {
            throw new IllegalArgumentException(source + ", line " + line + ": " + what);
        }
    }

    public List<Family> families() {
        return families;
    }

    /** Every phrase, expanded, in the order of the file. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** Phrases within which a match is not flagged (such as "dumb pipe"), expanded. */
    public List<List<String>> exceptions() {
        return exceptions;
    }

    /** The words of the {@code @role} class, lowercase. */
    public Set<String> roles() {
        return roles;
    }
}
