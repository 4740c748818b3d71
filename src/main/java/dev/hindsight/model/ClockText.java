package dev.hindsight.model;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Local times as the editor, the paste format and the exports show them: {@code 11:05}, with
 * seconds only when they are not zero, and {@code 2024-06-10 11:05} with the date.
 */
public final class ClockText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private ClockText() {
    }

    public static String time(ZonedDateTime local) {
        return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
    }

    public static String dateTime(ZonedDateTime local) {
        return local.toLocalDate() + " " + time(local);
    }
}
