package dev.hindsight.library;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, {@code 2024-Q2}: the unit of the incident review and of the time charts. */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads {@code 2024-Q2} (or {@code 2024Q2}, any case). */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a quarter such as 2024-Q2, found \"" + text + "\"");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, number * 3).atEndOfMonth();
    }

    public DateRange range() {
        return new DateRange(firstDay(), lastDay());
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + number - 1 - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 4 + number, o.year * 4 + o.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
