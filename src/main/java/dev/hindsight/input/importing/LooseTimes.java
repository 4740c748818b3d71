package dev.hindsight.input.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.hindsight.model.Percent;
import dev.hindsight.model.Zones;

/**
 * Dates, zones, outage windows and shares of users as people write them in a document:
 * {@code 2024-06-10}, {@code June 10, 2024}, {@code 10 Jun 2024}; {@code UTC}, {@code UTC+2},
 * {@code America/Chicago}, {@code PDT}; {@code June 10, 2024, 11:00 AM - 1:00 PM (UTC)};
 * "about 40% of users".
 */
final class LooseTimes {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d|:)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2})(?::(\\d{2}))(?::(\\d{2}))?"
            + "(?:\\h*([aApP])\\.?\\h*[mM]\\b\\.?)?|(?<![\\d:])(\\d{1,2})\\h*([aApP])\\.?\\h*[mM]\\b\\.?");
    private static final Pattern REGION = Pattern.compile("\\b([A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_\\-]+)+)\\b");
    private static final Pattern OFFSET = Pattern.compile("\\b(?:UTC|GMT)\\h*([+-\u2212])\\h*(\\d{1,2})(?::?(\\d{2}))?\\b");
    private static final Pattern UTC = Pattern.compile("\\b(UTC|GMT|utc|Zulu)\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b([PMCE][SD]T|BST|CEST|CET|EEST|EET|JST|KST|AEST|AEDT)\\b");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("BST", "Europe/London"), Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("EET", "Europe/Athens"), Map.entry("EEST", "Europe/Athens"), Map.entry("JST", "Asia/Tokyo"),
            Map.entry("KST", "Asia/Seoul"), Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"));
    private static final Pattern SHARE = Pattern.compile("(?i)(\\d{1,3}(?:[.,]\\d{1,4})?)\\h*(?:%|percent\\b|per cent\\b)"
            + "\\h*(?:of\\h+)?(?:(?:all|our|the|active|total|affected|registered|logged-in)\\h+)*"
            + "(?:users|customers|clients|accounts|people|members|visitors|players|subscribers|tenants|user base)\\b");

    /** A zone as the report stores it (a region id, or UTC) and how it was written. */
    record StatedZone(String id, ZoneId zone, String written) {
    }

    /** A date found in a text and where it ends. */
    record FoundDate(LocalDate date, int start, int end) {
    }

    /** An outage window read from a text, either end possibly unknown, and the zone the text named. */
    record Window(LocalDateTime start, LocalDateTime end, StatedZone zone) {
    }

    private LooseTimes() {
    }

    /** Every date written in the text, in order; {@code year} fills a date written without one (0: none then). */
    static List<FoundDate> dates(String text, int year) {
        List<FoundDate> out = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)))
                    .ifPresent(d -> out.add(new FoundDate(d, iso.start(), iso.end())));
        }
        Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            add(out, m.group(3), m.group(1), m.group(2), year, m);
        }
        Matcher d = DAY_FIRST.matcher(text);
        while (d.find()) {
            add(out, d.group(3), d.group(2), d.group(1), year, d);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return removeOverlaps(out);
    }

    static Optional<LocalDate> firstDate(String text) {
        List<FoundDate> found = dates(text, 0);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).date());
    }

    private static void add(List<FoundDate> out, String yearText, String month, String day, int year, Matcher m) {
        int y = yearText != null ? Integer.parseInt(yearText) : year;
        if (y <= 0) {
            return;
        }
        date(y, month(month), Integer.parseInt(day)).ifPresent(date -> out.add(new FoundDate(date, m.start(), m.end())));
    }

    private static List<FoundDate> removeOverlaps(List<FoundDate> sorted) {
        List<FoundDate> out = new ArrayList<>();
        for (FoundDate f : sorted) {
            if (out.isEmpty() || f.start() >= out.get(out.size() - 1).end()) {
                out.add(f);
            }
        }
        return out;
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return y < 1900 || y > 2999 ? Optional.empty() : Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The zone a text names: a region id, UTC, a whole-hour offset (UTC+2), or a common abbreviation. */
    static Optional<StatedZone> zone(String text) {
        Matcher region = REGION.matcher(text);
        while (region.find()) {
            Optional<ZoneId> z = Zones.parse(region.group(1));
            if (z.isPresent()) {
                return Optional.of(new StatedZone(region.group(1), z.get(), region.group(1)));
            }
        }
        Matcher offset = OFFSET.matcher(text);
        if (offset.find()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            boolean west = !"+".equals(offset.group(1));
            if (hours == 0 && minutes == 0) {
                return Optional.of(utc(offset.group()));
            }
            if (minutes == 0 && hours <= 14) {
                // The IANA ids for whole-hour offsets read backwards: UTC+2 is Etc/GMT-2.
                String id = "Etc/GMT" + (west ? "+" : "-") + hours;
                return Zones.parse(id).map(z -> new StatedZone(id, z, offset.group()));
            }
        }
        Matcher abbreviation = ABBREVIATION.matcher(text);
        if (abbreviation.find()) {
            String id = ABBREVIATIONS.get(abbreviation.group(1));
            if (id != null) {
                return Optional.of(new StatedZone(id, ZoneId.of(id), abbreviation.group(1)));
            }
        }
        Matcher utc = UTC.matcher(text);
        if (utc.find()) {
            return Optional.of(utc(utc.group()));
        }
        return Optional.empty();
    }

    private static StatedZone utc(String written) {
        return new StatedZone("UTC", ZoneOffset.UTC, written);
    }

    /**
     * The outage window written in a text: the first time is the start, the second the end, each
     * on the date written before it (or {@code dateHint}); an end before the start without a date
     * of its own is on the next day.
     */
    static Window window(String text, LocalDate dateHint) {
        StatedZone zone = zone(text).orElse(null);
        int year = dateHint == null ? 0 : dateHint.getYear();
        List<FoundDate> dates = dates(text, year);
        List<int[]> spans = new ArrayList<>();
        List<LocalTime> times = new ArrayList<>();
        Matcher t = TIME.matcher(text);
        while (t.find() && times.size() < 2) {
            if (insideDate(dates, t.start())) {
                continue;
            }
            time(t).ifPresent(time -> {
                times.add(time);
                spans.add(new int[] {t.start(), t.end()});
            });
        }
        if (times.isEmpty()) {
            return new Window(null, null, zone);
        }
        LocalDate startDate = dateBefore(dates, spans.get(0)[0], dates.isEmpty() ? dateHint : dates.get(0).date());
        LocalDateTime start = startDate == null ? null : LocalDateTime.of(startDate, times.get(0));
        LocalDateTime end = null;
        if (times.size() > 1 && startDate != null) {
            LocalDate endDate = dateBefore(dates, spans.get(1)[0], startDate);
            boolean ownDate = !endDate.equals(startDate) || datesBetween(dates, spans.get(0)[1], spans.get(1)[0]);
            end = LocalDateTime.of(endDate, times.get(1));
            if (!ownDate && end.isBefore(start)) {
                end = end.plusDays(1);
            }
        }
        return new Window(start, end, zone);
    }

    private static boolean insideDate(List<FoundDate> dates, int at) {
        return dates.stream().anyMatch(d -> at >= d.start() && at < d.end());
    }

    private static boolean datesBetween(List<FoundDate> dates, int from, int to) {
        return dates.stream().anyMatch(d -> d.start() >= from && d.start() < to);
    }

    /** The last date written before {@code at}, or {@code otherwise}. */
    private static LocalDate dateBefore(List<FoundDate> dates, int at, LocalDate otherwise) {
        LocalDate found = null;
        for (FoundDate d : dates) {
            if (d.start() < at) {
                found = d.date();
            }
        }
        return found != null ? found : otherwise;
    }

    private static Optional<LocalTime> time(Matcher t) {
        boolean hourOnly = t.group(1) == null;
        int hour = Integer.parseInt(hourOnly ? t.group(5) : t.group(1));
        int minute = hourOnly ? 0 : Integer.parseInt(t.group(2));
        int second = !hourOnly && t.group(3) != null ? Integer.parseInt(t.group(3)) : 0;
        String meridiem = hourOnly ? t.group(6) : t.group(4);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }

    /** The share of users a sentence states ("about 40% of users", "100% of users were affected"), if any. */
    static Optional<BigDecimal> usersShare(String text) {
        Matcher m = SHARE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        return Percent.inRange(value) ? Optional.of(value) : Optional.empty();
    }
}
