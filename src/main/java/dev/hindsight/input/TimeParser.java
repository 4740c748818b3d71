package dev.hindsight.input;

import dev.hindsight.model.Rfc3339;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads times the way people type them in a timeline: {@code 11:05}, {@code 11:05 AM},
 * {@code 1:00 PM}, {@code 11:05:30}, {@code 2024-06-10 11:05}, or a full ISO instant with an
 * offset. Anything else is refused with a reason.
 */
public final class TimeParser {
    public static final String EXPECTED = "a time such as 11:05, 11:05 AM, 2024-06-10 11:05 or 2024-06-10T11:05:00Z";

    private static final Pattern H_SPACES = Pattern.compile("\\h+");
    private static final Pattern RFC3339_LIKE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[tT].*([zZ]|[+-]\\d{2}:?\\d{2})");
    private static final Pattern LOCAL = Pattern.compile(
            "(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})[ tT]+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(?:([aApP])\\.?\\s*[mM]\\.?)?");

    private TimeParser() {
    }

    /** A typed time; an empty text reads as null ("not known yet"). */
    public static ParseResult<TypedTime> parse(String typed) {
        // Chat programs write "2:40\u202FPM" with a narrow no-break space, which strip() and \\s do not take.
        String text = typed == null ? "" : H_SPACES.matcher(typed).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return ParseResult.ok(null);
        }
        if (text.length() > 40) {
            return ParseResult.error("not " + EXPECTED);
        }
        if (RFC3339_LIKE.matcher(text).matches()) {
            // An offset typed without its colon (+0200) is still clear; the file always has one.
            Rfc3339.Reading<Instant> read = Rfc3339.instant(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
            if (!read.isOk()) {
                return ParseResult.error(read.problem() == null
                        ? "\"" + text + "\" is not a valid date and time: expected " + EXPECTED
                        : "\"" + text + "\" is " + read.problem());
            }
            return ParseResult.ok(TypedTime.exact(read.value()));
        }
        Matcher m = LOCAL.matcher(text);
        if (!m.matches()) {
            return ParseResult.error("not " + EXPECTED);
        }
        return local(m);
    }

    private static ParseResult<TypedTime> local(Matcher m) {
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
        String meridiem = m.group(8) == null ? null : m.group(8).toUpperCase(Locale.ROOT);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return ParseResult.error(hour + ":" + m.group(5) + " " + meridiem + "M is not a time: with AM or PM "
                        + "the hour goes from 1 to 12");
            }
            hour = hour % 12 + ("P".equals(meridiem) ? 12 : 0);
        }
        if (hour > 23) {
            return ParseResult.error("the hour goes from 0 to 23, not " + hour);
        }
        if (minute > 59 || second > 59) {
            return ParseResult.error("minutes and seconds go from 0 to 59");
        }
        LocalTime time = LocalTime.of(hour, minute, second, nanos);
        if (m.group(1) == null) {
            return ParseResult.ok(TypedTime.local(null, time));
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return ParseResult.ok(TypedTime.local(date, time));
        } catch (DateTimeException e) {
            return ParseResult.error(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + " is not a date on the calendar");
        }
    }
}
