package dev.hindsight.compare;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
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

    /** The character pairs of a text, lowercased and with runs of white space as one space, sorted. */
    static final class Bigrams {
        private final long[] pairs;

        Bigrams(String text) {
            int[] cps = normalized(text).codePoints().toArray();
            if (cps.length == 1) {
                pairs = new long[] {cps[0]};
            } else {
                pairs = new long[Math.max(0, cps.length - 1)];
                for (int i = 0; i + 1 < cps.length; i++) {
                    pairs[i] = ((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL);
                }
                Arrays.sort(pairs);
            }
        }

        private static String normalized(String text) {
            return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        }

        /** Twice the pairs both texts have (counted as often as both have them) over all pairs of both. */
        double dice(Bigrams other) {
            long[] a = pairs;
            long[] b = other.pairs;
            if (a.length == 0 && b.length == 0) {
                return 1;
            }
            if (a.length == 0 || b.length == 0) {
                return 0;
            }
            int shared = 0;
            int i = 0;
            int j = 0;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    shared++;
                    i++;
                    j++;
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return 2.0 * shared / (a.length + b.length);
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
