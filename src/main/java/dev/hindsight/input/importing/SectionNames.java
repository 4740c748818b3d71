package dev.hindsight.input.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings and labels people use, read from {@code section-names.txt}: which section a
 * heading names ("Five whys" is the root cause), and which fact a label names ("Sev", "Owner").
 */
final class SectionNames {
    private static final SectionNames INSTANCE = load();
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)|\\[([^\\]]*)\\]");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*|[ivx]{1,4}|[a-h])[.)]\\h+");
    private static final Pattern CONNECTOR = Pattern.compile("\\h+(?:and|&)\\h+|\\h*/\\h*|\\h*,\\h*");
    private static final Set<String> PREFIX_JOINERS = Set.of("of", "on", "for", "in", "to", "from", "during", "at");

    private final Map<String, Target> sections = new HashMap<>();
    private final Map<String, Field> fields = new HashMap<>();
    private final Set<String> primary = new HashSet<>();

    /** A heading's meaning: the sections it names (two for "Root Cause and Resolution") and the note in parentheses. */
    record Match(List<Target> targets, String note) {
        Target first() {
            return targets.get(0);
        }
    }

    private SectionNames() {
    }

    static SectionNames get() {
        return INSTANCE;
    }

    private static SectionNames load() {
        SectionNames names = new SectionNames();
        try (InputStream in = SectionNames.class.getResourceAsStream("section-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("section-names.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                names.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private void add(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).strip();
        String[] list = line.substring(colon + 1).split("\\|");
        for (String listed : list) {
            String name = listed.strip();
            boolean own = name.startsWith("*");
            name = own ? name.substring(1) : name;
            if (key.startsWith("field.")) {
                fields.putIfAbsent(name, Field.of(key.substring("field.".length())));
            } else {
                sections.putIfAbsent(name, Target.of(key));
                if (own) {
                    primary.add(name);
                }
            }
        }
    }

    /** The sections a heading names, or empty when it names none Hindsight knows. */
    Optional<Match> section(String heading) {
        String note = note(heading);
        String key = key(heading);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Target whole = sections.get(key);
        if (whole != null) {
            return Optional.of(new Match(List.of(whole), note));
        }
        String[] parts = CONNECTOR.split(key);
        if (parts.length > 1) {
            List<Target> targets = new ArrayList<>();
            for (String part : parts) {
                Target t = sections.get(part.strip());
                if (t == null) {
                    targets.clear();
                    break;
                }
                if (!targets.contains(t)) {
                    targets.add(t);
                }
            }
            if (!targets.isEmpty()) {
                return Optional.of(new Match(List.copyOf(targets), note));
            }
        }
        String[] words = key.split(" ");
        for (int n = Math.min(words.length - 1, 5); n >= 1; n--) {
            if (PREFIX_JOINERS.contains(words[n])) {
                Target t = sections.get(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                if (t != null) {
                    return Optional.of(new Match(List.of(t), note));
                }
            }
        }
        return Optional.empty();
    }

    /** The fact a label names ("Sev" is the severity), or empty. */
    Optional<Field> field(String label) {
        return Optional.ofNullable(fields.get(key(label)));
    }

    /** Whether the heading is the name Hindsight itself gives its target ("Root Cause", not "Five whys"). */
    boolean isPrimary(String heading) {
        return primary.contains(key(heading));
    }

    /** A heading as the table lists it: lower case, without numbering, emphasis, notes or a closing colon. */
    static String key(String heading) {
        String s = PARENTHESES.matcher(heading).replaceAll(" ");
        s = s.replaceAll("[*`]", "").replaceAll("(^|\\h)_+|_+(\\h|$)", " ");
        s = s.replaceAll("^[^\\p{L}\\p{N}]+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = NUMBERING.matcher(s).replaceFirst("");
        s = s.replaceAll("\\h+[-\u2013\u2014]\\h+.*$", "");
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        return s.replaceAll("[\\h]+", " ").replaceAll("[.,;:!?\\h]+$", "").strip();
    }

    /** What a heading says in parentheses or after a dash: "(all times UTC)", "— 2019-03-02". */
    static String note(String heading) {
        StringBuilder note = new StringBuilder();
        Matcher m = PARENTHESES.matcher(heading);
        while (m.find()) {
            note.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
        }
        Matcher dash = Pattern.compile("\\h+[-\u2013\u2014:]\\h+(.*)$").matcher(heading);
        if (dash.find()) {
            note.append(dash.group(1));
        }
        int colon = heading.indexOf(':');
        if (colon >= 0 && colon + 1 < heading.length()) {
            note.append(' ').append(heading.substring(colon + 1));
        }
        return note.toString().strip();
    }
}
