package dev.hindsight.compare;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How alike two values are, from 0 (nothing in common) to 1 (the same), for matching rows whose
 * content changed. Text is compared by its pairs of neighbouring characters (the Sørensen–Dice
 * coefficient of character bigrams), which works alike for every script, with or without spaces
 * between words, and costs one pass over each text. Also used to find a commented row again.
 */
public final class Similarity {
    /** Times this far apart or more count as unrelated. */
    static final Duration TIME_SCALE = Duration.ofHours(1);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Similarity() {
    }

    /** The character pairs of a text, lowercased and with runs of white space as one space. */
    static final class Bigrams {
        private final Map<Long, Integer> counts = new HashMap<>();
        private final int total;

        Bigrams(String text) {
            int[] cps = normalized(text).codePoints().toArray();
            if (cps.length == 1) {
                counts.put((long) cps[0], 1);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                counts.merge(((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL), 1, Integer::sum);
            }
            total = cps.length == 1 ? 1 : Math.max(0, cps.length - 1);
        }

        private static String normalized(String text) {
            return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        }

        double dice(Bigrams other) {
            if (total == 0 && other.total == 0) {
                return 1;
            }
            if (total == 0 || other.total == 0) {
                return 0;
            }
            Map<Long, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
            Map<Long, Integer> large = small == counts ? other.counts : counts;
            long shared = 0;
            for (Map.Entry<Long, Integer> e : small.entrySet()) {
                Integer n = large.get(e.getKey());
                if (n != null) {
                    shared += Math.min(n, e.getValue());
                }
            }
            return 2.0 * shared / (total + other.total);
        }
    }

    public static double text(String a, String b) {
        return a.equals(b) ? 1 : new Bigrams(a).dice(new Bigrams(b));
    }

    /** 1 for the same instant (or both unknown), falling to 0 at {@link #TIME_SCALE} apart. */
    static double time(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b ? 1 : 0;
        }
        double apart = Math.abs(Duration.between(a, b).toMillis());
        return Math.max(0, 1 - apart / TIME_SCALE.toMillis());
    }

    static double same(Object a, Object b) {
        return Objects.equals(a, b) ? 1 : 0;
    }
}
