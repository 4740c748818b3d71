package dev.hindsight.find;

import dev.hindsight.edit.ReportEdit;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find and replace across a whole report: every prose field of {@link TextPlaces} (title, summary,
 * timeline events, root cause, resolution, improvements, action items, closing remarks,
 * contributing factors), never times, codes, owners or links, so a replacement cannot make a
 * report invalid. Replacing returns one command, so one undo takes back a Replace All over many
 * fields. In a regular expression, a replacement may use {@code $1} or {@code ${name}} for groups
 * and {@code \$} for a dollar sign; otherwise it is taken as written. Empty matches are skipped.
 * A regular expression that runs longer than the time limit is stopped with a message.
 */
public final class ReportSearch {
    /** The most matches listed; Replace All replaces them all regardless. */
    public static final int MAX_MATCHES = 10_000;
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    private static final String TOO_SLOW = "The regular expression took more than %d seconds and was stopped; "
            + "try a simpler one";
    private static final String CHANGED = "The text changed since it was found; search again";
    private static final String TOO_DEEP = "The regular expression is too deeply nested for this text; try a simpler one";

    private ReportSearch() {
    }

    public static FindResult find(Report report, FindQuery query) {
        return find(report, query, TIME_LIMIT);
    }

    /** The matches of {@code query} in reading order, or why there are none. */
    public static FindResult find(Report report, FindQuery query, Duration limit) {
        FindPattern compiled = FindPattern.compile(query);
        if (compiled.error().isPresent()) {
            return FindResult.failed(compiled.error().get());
        }
        if (compiled.pattern().isEmpty()) {
            return new FindResult(List.of(), false, Optional.empty());
        }
        Pattern pattern = compiled.pattern().get();
        long deadline = System.nanoTime() + limit.toNanos();
        List<FindMatch> matches = new ArrayList<>();
        try {
            for (TextPlace place : TextPlaces.of(report)) {
                if (place.text().isEmpty()) {
                    continue;
                }
                Matcher m = pattern.matcher(input(query, place.text(), deadline));
                while (m.find()) {
                    if (m.end() == m.start()) {
                        continue;
                    }
                    if (matches.size() == MAX_MATCHES) {
                        return new FindResult(matches, true, Optional.empty());
                    }
                    matches.add(new FindMatch(place, m.start(), m.end()));
                }
            }
        } catch (TimeLimitedText.TooSlow e) {
            return FindResult.failed(String.format(Locale.ROOT, TOO_SLOW, Math.max(1, limit.toSeconds())));
        } catch (StackOverflowError e) {
            return FindResult.failed(TOO_DEEP);
        }
        return new FindResult(matches, false, Optional.empty());
    }

    /** Replaces every match of {@code query} in the report, as one command. */
    public static Replacement replaceAll(Report report, FindQuery query, String replacement) {
        FindPattern compiled = FindPattern.compile(query);
        if (compiled.error().isPresent()) {
            return Replacement.failed(compiled.error().get());
        }
        if (compiled.pattern().isEmpty()) {
            return Replacement.nothing();
        }
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        return guarded(() -> {
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            int count = 0;
            for (TextPlace place : TextPlaces.of(report)) {
                Matcher m = compiled.pattern().get().matcher(input(query, place.text(), deadline));
                StringBuilder out = null;
                while (m.find()) {
                    if (m.end() == m.start()) {
                        continue;
                    }
                    out = out == null ? new StringBuilder(place.text().length() + 16) : out;
                    m.appendReplacement(out, literal(query, replacement));
                    count++;
                }
                if (out != null) {
                    m.appendTail(out);
                    before.put(place.path(), place.text());
                    after.put(place.path(), out.toString());
                }
            }
            return count == 0 ? Replacement.nothing() : done("Replace All", before, after, count);
        });
    }

    /** Replaces the one match {@code match} found before, if its field still holds the same text. */
    public static Replacement replace(Report report, FindQuery query, FindMatch match, String replacement) {
        FindPattern compiled = FindPattern.compile(query);
        if (compiled.error().isPresent()) {
            return Replacement.failed(compiled.error().get());
        }
        Optional<TextPlace> now = TextPlaces.at(report, match.path());
        if (compiled.pattern().isEmpty() || now.isEmpty() || !now.get().text().equals(match.place().text())) {
            return Replacement.failed(CHANGED);
        }
        String text = now.get().text();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        return guarded(() -> {
            Matcher m = compiled.pattern().get().matcher(input(query, text, deadline));
            if (!m.find(match.start()) || m.start() != match.start() || m.end() != match.end()) {
                return Replacement.failed(CHANGED);
            }
            StringBuilder out = new StringBuilder(text.length() + 16);
            m.appendReplacement(out, literal(query, replacement));
            out.append(text, match.end(), text.length());
            return done("Replace", Map.of(match.path(), text), Map.of(match.path(), out.toString()), 1);
        });
    }

    private static Replacement done(String description, Map<String, String> before, Map<String, String> after,
                                    int count) {
        return new Replacement(Optional.of(new ReportEdit(description, null, r -> apply(r, before, after))), count,
                after.size(), Optional.empty());
    }

    private static String literal(FindQuery query, String replacement) {
        return query.regex() ? replacement : Matcher.quoteReplacement(replacement);
    }

    /** Runs a replacement, turning what a user's expression or replacement can cause into a message. */
    private static Replacement guarded(java.util.function.Supplier<Replacement> work) {
        try {
            return work.get();
        } catch (TimeLimitedText.TooSlow e) {
            return Replacement.failed(String.format(Locale.ROOT, TOO_SLOW, TIME_LIMIT.toSeconds()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Replacement.failed(badReplacement(e));
        } catch (StackOverflowError e) {
            return Replacement.failed(TOO_DEEP);
        }
    }

    /** The fields changed, each only if it still holds the text the replacement was made from. */
    private static Report apply(Report report, Map<String, String> before, Map<String, String> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            Optional<TextPlace> place = TextPlaces.at(report, e.getKey());
            if (place.isPresent() && place.get().text().equals(before.get(e.getKey()))) {
                changes.put(e.getKey(), e.getValue());
            }
        }
        return changes.isEmpty() ? report : TextPlaces.withTexts(report, changes);
    }

    private static CharSequence input(FindQuery query, String text, long deadline) {
        return query.regex() ? new TimeLimitedText(text, deadline) : text;
    }

    private static String badReplacement(RuntimeException e) {
        String why = e.getMessage() == null ? "it cannot be read" : e.getMessage();
        return "The replacement is not valid (" + why + "): write $1 for the first group, ${name} for a named "
                + "group, \\$ for a dollar sign and \\\\ for a backslash";
    }
}
