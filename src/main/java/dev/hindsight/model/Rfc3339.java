package dev.hindsight.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instants and dates as a report file writes them, read strictly: RFC 3339 date-times with a
 * zone offset and {@code YYYY-MM-DD} dates, of the years 0000 to 9999 (instants in UTC, as they
 * are written). A day that is not on the calendar is refused, never moved to a nearby one. A
 * leap second ({@code 23:59:60} UTC) is read as {@code 23:59:59}, as {@code java.time} does:
 * an {@link Instant} has no leap seconds.
 */
public final class Rfc3339 {
    public static final int FIRST_YEAR = 0;
    public static final int LAST_YEAR = 9999;
    /** The supported years, for messages. */
    public static final String YEARS = "the years 0000 to 9999";

    private static final Pattern INSTANT = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SIGNED_YEAR = Pattern.compile("[+-]\\d{4,}-.*");
    private static final int MAX_OFFSET_HOURS = 18;

    private Rfc3339() {
    }

    /**
     * What was read: the value, or why the text is not one. {@code problem} is null when the
     * text does not even have the form (the caller says which form it expected), and
     * otherwise what the text is, such as "not a day of the calendar (February 2024 has 29
     * days)", to follow "which is" or "is".
     */
    public record Reading<T>(T value, boolean leapSecond, String problem) {
        public boolean isOk() {
            return value != null;
        }

        static <T> Reading<T> refused(String problem) {
            return new Reading<>(null, false, problem);
        }
    }

    public static boolean isSupported(Instant instant) {
        return isSupported(instant.atOffset(ZoneOffset.UTC).getYear());
    }

    public static boolean isSupported(LocalDate date) {
        return isSupported(date.getYear());
    }

    private static boolean isSupported(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** An RFC 3339 date-time with a zone offset, with or without seconds and a fraction of up to nine digits. */
    public static Reading<Instant> instant(String text) {
        Matcher m = INSTANT.matcher(text);
        if (!m.matches()) {
            return Reading.refused(SIGNED_YEAR.matcher(text).matches() ? outsideYears() : null);
        }
        String dayProblem = dayProblem(m.group(1), m.group(2), m.group(3));
        if (dayProblem != null) {
            return Reading.refused(dayProblem);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 60) {
            return Reading.refused("not a time of day (hours go from 00 to 23, minutes and seconds from 00 to 59)");
        }
        String fraction = m.group(7) == null ? "" : m.group(7);
        if (fraction.length() > 9) {
            return Reading.refused("more precise than a nanosecond (at most nine decimals of a second)");
        }
        ZoneOffset offset;
        if (m.group(8) != null) {
            offset = ZoneOffset.UTC;
        } else {
            int offsetHours = Integer.parseInt(m.group(10));
            int offsetMinutes = Integer.parseInt(m.group(11));
            if (offsetHours > MAX_OFFSET_HOURS || offsetMinutes > 59
                    || offsetHours == MAX_OFFSET_HOURS && offsetMinutes > 0) {
                return Reading.refused("beyond the zone offsets of \u00b118:00");
            }
            int sign = m.group(9).equals("-") ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
        }
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), hour, minute, Math.min(second, 59), nanos);
        Instant instant = local.toInstant(offset);
        boolean leap = second == 60;
        if (leap && instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() != 86_399) {
            return Reading.refused("not a time of day (seconds go from 00 to 59; :60 is a leap second, which comes "
                    + "only at 23:59:60 UTC)");
        }
        if (!isSupported(instant)) {
            return Reading.refused(outsideYears());
        }
        return new Reading<>(instant, leap, null);
    }

    /** A date {@code YYYY-MM-DD} of the years 0000 to 9999. */
    public static Reading<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Reading.refused(SIGNED_YEAR.matcher(text).matches() ? outsideYears() : null);
        }
        String dayProblem = dayProblem(m.group(1), m.group(2), m.group(3));
        if (dayProblem != null) {
            return Reading.refused(dayProblem);
        }
        return new Reading<>(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))), false, null);
    }

    private static String dayProblem(String yearText, String monthText, String dayText) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (month < 1 || month > 12) {
            return "not a day of the calendar (months go from 01 to 12)";
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            return "not a day of the calendar (" + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + yearText + " has " + length + " days)";
        }
        return null;
    }

    private static String outsideYears() {
        return "outside " + YEARS + " (in UTC) that a report can hold";
    }
}
