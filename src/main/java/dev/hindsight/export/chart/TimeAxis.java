package dev.hindsight.export.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The ticks of a time axis from minutes to millennia, in a zone: the step is the smallest of
 * 1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12 hours, 1, 2, 7, 14 days, 1, 2, 3, 6 months or 1, 2,
 * 5… years whose labels do not touch; ticks fall on round local times (11:00, 11:15), days start
 * at local midnight (a day with a clock change is still one day), and when the step is shorter
 * than a day each midnight is marked with its date.
 */
final class TimeAxis {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FIRST_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ROOT);
    private static final int MAX_STEPS = 2000;
    private static final double LABEL_GAP = 12;

    private record Step(ChronoUnit unit, int amount, DateTimeFormatter label, String widest) {
        Duration approximate() {
            return unit.getDuration().multipliedBy(amount);
        }

        boolean withinDay() {
            return unit == ChronoUnit.MINUTES || unit == ChronoUnit.HOURS;
        }
    }

    private static final List<Step> STEPS = steps();

    private static List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (int m : new int[] {1, 2, 5, 10, 15, 30}) {
            out.add(new Step(ChronoUnit.MINUTES, m, CLOCK, "00:00"));
        }
        for (int h : new int[] {1, 2, 3, 6, 12}) {
            out.add(new Step(ChronoUnit.HOURS, h, CLOCK, "00:00"));
        }
        for (int d : new int[] {1, 2, 7, 14}) {
            out.add(new Step(ChronoUnit.DAYS, d, DAY, "30 May"));
        }
        for (int m : new int[] {1, 2, 3, 6}) {
            out.add(new Step(ChronoUnit.MONTHS, m, MONTH, "May 2024"));
        }
        for (int y : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
            out.add(new Step(ChronoUnit.YEARS, y, YEAR, "2024"));
        }
        return out;
    }

    private TimeAxis() {
    }

    /** The ticks and day marks between {@code from} and {@code to}; {@code x} places an instant on the plot. */
    static Axis of(Instant from, Instant to, ZoneId zone, ToDoubleFunction<Instant> x, double plotWidth,
                   TextMeasure measure, double size) {
        Step step = choose(from, to, plotWidth, measure, size);
        List<TimelineChart.Tick> ticks = new ArrayList<>();
        for (Instant t : times(step, from, to, zone)) {
            ticks.add(new TimelineChart.Tick(x.applyAsDouble(t), step.label().format(t.atZone(zone))));
        }
        List<TimelineChart.DayMark> days = new ArrayList<>();
        if (step.withinDay()) {
            days.add(new TimelineChart.DayMark(x.applyAsDouble(from), FIRST_DAY.format(from.atZone(zone)), false));
            LocalDate last = to.atZone(zone).toLocalDate();
            LocalDate day = from.atZone(zone).toLocalDate().plusDays(1);
            for (int n = 0; !day.isAfter(last) && n < MAX_STEPS; n++, day = day.plusDays(1)) {
                Instant midnight = day.atStartOfDay(zone).toInstant();
                days.add(new TimelineChart.DayMark(x.applyAsDouble(midnight), WEEKDAY.format(midnight.atZone(zone)), true));
            }
        } else if (step.unit() == ChronoUnit.DAYS) {
            days.add(new TimelineChart.DayMark(x.applyAsDouble(from), YEAR.format(from.atZone(zone)), false));
        }
        return new Axis(ticks, days);
    }

    record Axis(List<TimelineChart.Tick> ticks, List<TimelineChart.DayMark> days) {
    }

    private static Step choose(Instant from, Instant to, double plotWidth, TextMeasure measure, double size) {
        double seconds = Math.max(1, Duration.between(from, to).getSeconds());
        for (Step step : STEPS) {
            double room = measure.width(step.widest(), size, false) + LABEL_GAP;
            double fit = Math.max(1, Math.floor(plotWidth / room));
            if (seconds / step.approximate().getSeconds() <= fit) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    /** The step's round local times from {@code from} to {@code to}. */
    private static List<Instant> times(Step step, Instant from, Instant to, ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        LocalDateTime first = floor(step, from.atZone(zone).toLocalDateTime());
        Instant previous = null;
        for (int n = 0; n < MAX_STEPS; n++) {
            LocalDateTime local = first.plus((long) n * step.amount(), step.unit());
            Instant t = ZonedDateTime.ofLocal(local, zone, null).toInstant();
            if (t.isAfter(to)) {
                break;
            }
            if (!t.isBefore(from) && (previous == null || t.isAfter(previous))) {
                out.add(t);
                previous = t;
            }
        }
        return out;
    }

    private static LocalDateTime floor(Step step, LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        switch (step.unit()) {
            case MINUTES:
            case HOURS: {
                int minutes = t.getHour() * 60 + t.getMinute();
                int every = (int) step.approximate().toMinutes();
                return day.atStartOfDay().plusMinutes(minutes - minutes % every);
            }
            case DAYS:
                return day.atStartOfDay();
            case MONTHS: {
                int month = t.getMonthValue() - 1;
                return LocalDate.of(t.getYear(), month - month % step.amount() + 1, 1).atStartOfDay();
            }
            default: {
                int year = t.getYear();
                return LocalDate.of(year - Math.floorMod(year, step.amount()), 1, 1).atStartOfDay();
            }
        }
    }
}
