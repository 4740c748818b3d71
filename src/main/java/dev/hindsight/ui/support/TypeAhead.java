package dev.hindsight.ui.support;

import dev.hindsight.model.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks one of a few choices from what is typed, as list boxes do: keys typed within
 * {@link #INTERVAL_MILLIS} of each other make one prefix ({@code m}, {@code mi}, {@code mit}),
 * matched against each choice's names (its label, its code, and the number of a numbered code:
 * {@code 1} for {@code P1} and {@code SEV1}). A prefix that fits one choice picks it; one that
 * fits several picks none, so that {@code m} never marks a mitigation as misleading. The same
 * letter typed again steps through the choices it starts.
 */
public final class TypeAhead<C> {
    /** How soon the next key must follow to extend the prefix, as in the platforms' list boxes. */
    public static final long INTERVAL_MILLIS = 1000;
    private static final Pattern NUMBERED = Pattern.compile("[A-Za-z]+(\\d+)");

    /**
     * What the keys typed so far point at.
     *
     * @param typed       the prefix, as typed
     * @param matches     the choices it fits, in order
     * @param highlighted the one Enter would pick (null when none fits)
     * @param unique      whether it fits exactly one choice, which is then picked
     */
    public record Match<C>(String typed, List<C> matches, C highlighted, boolean unique) {
    }

    private final List<C> values;
    private final Function<C, List<String>> names;
    private final LongSupplier clock;
    private String typed = "";
    private long lastKey;

    /**
     * @param values the choices, read as they are at each key (null, for "none", is never picked by typing)
     * @param names  the names of a choice, any of which a prefix may fit
     * @param clock  milliseconds, for the interval between keys
     */
    public TypeAhead(List<C> values, Function<C, List<String>> names, LongSupplier clock) {
        this.values = values;
        this.names = v -> names.apply(v).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        this.clock = clock;
    }

    /** For the values of an enumeration: label, code, and the number of a numbered code. */
    public static <C extends Code> TypeAhead<C> ofCodes(List<C> values) {
        return new TypeAhead<>(values, TypeAhead::names, System::currentTimeMillis);
    }

    /** A code's names: its label, its code, and for {@code P1} or {@code SEV1} the number alone. */
    public static List<String> names(Code code) {
        List<String> out = new ArrayList<>(List.of(code.label(), code.code()));
        Matcher numbered = NUMBERED.matcher(code.code());
        if (numbered.matches()) {
            out.add(numbered.group(1));
        }
        return out;
    }

    /** A key typed on its own: it extends the prefix when it follows the last one quickly, else starts one. */
    public Match<C> type(String key) {
        long now = clock.getAsLong();
        boolean extend = !typed.isEmpty() && now - lastKey <= INTERVAL_MILLIS;
        lastKey = now;
        return extend ? extend(key) : start(key);
    }

    /** A key typed while the chooser is open: always extends the prefix. */
    public Match<C> extend(String key) {
        lastKey = clock.getAsLong();
        Match<C> longer = match(typed + key);
        if (!longer.matches().isEmpty()) {
            typed = longer.typed();
            return longer;
        }
        return start(key);
    }

    /** Takes back the last key typed (Backspace in the chooser). */
    public Match<C> back() {
        typed = typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1);
        List<C> all = fitting("");
        return typed.isEmpty() ? new Match<>("", all, all.isEmpty() ? null : all.get(0), false) : match(typed);
    }

    /** Forgets the prefix (another row, or the chooser closed). */
    public void reset() {
        typed = "";
    }

    private Match<C> start(String key) {
        Match<C> fresh = match(key);
        typed = fresh.matches().isEmpty() ? "" : key;
        return fresh;
    }

    private Match<C> match(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        List<C> fits = fitting(p);
        if (fits.isEmpty() && p.length() > 1 && p.chars().allMatch(c -> c == p.charAt(0))) {
            List<C> first = fitting(p.substring(0, 1));
            if (!first.isEmpty()) {
                return new Match<>(prefix, first, first.get((p.length() - 1) % first.size()), first.size() == 1);
            }
        }
        return new Match<>(prefix, fits, fits.isEmpty() ? null : fits.get(0), fits.size() == 1);
    }

    private List<C> fitting(String prefix) {
        return values.stream().filter(Objects::nonNull)
                .filter(v -> names.apply(v).stream().anyMatch(n -> n.startsWith(prefix))).toList();
    }

    /** The shortest keys that pick {@code value} on their own ("mit" for Mitigation, "1" for P1), or "". */
    public String keysFor(C value) {
        String best = "";
        for (String name : value == null ? List.<String>of() : names.apply(value)) {
            for (int length = 1; length <= name.length(); length++) {
                String prefix = name.substring(0, length);
                if (best.isEmpty() || length < best.length()) {
                    List<C> fits = fitting(prefix);
                    if (fits.size() == 1 && fits.get(0).equals(value)) {
                        best = prefix;
                        break;
                    }
                }
            }
        }
        return best;
    }
}
