package dev.hindsight.model;

import java.time.Duration;
import java.util.Locale;

/** Writes durations the way the editor and the exports show them: {@code 2 h 00 min}, {@code 1 d 3 h 05 min}, {@code 5 min}. */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration duration) {
        String sign = duration.isNegative() ? "\u2212" : "";
        Duration d = duration.abs();
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        StringBuilder out = new StringBuilder(sign);
        if (days > 0) {
            out.append(days).append(" d ").append(hours).append(" h ").append(twoDigits(minutes)).append(" min");
        } else if (hours > 0) {
            out.append(hours).append(" h ").append(twoDigits(minutes)).append(" min");
        } else if (minutes > 0 || seconds == 0) {
            out.append(minutes).append(" min");
            if (seconds > 0) {
                out.append(' ').append(seconds).append(" s");
            }
        } else {
            out.append(seconds).append(" s");
        }
        return out.toString();
    }

    private static String twoDigits(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
