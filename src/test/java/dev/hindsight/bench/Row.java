package dev.hindsight.bench;

import java.util.Locale;

/**
 * One line of the results table: what was measured, on which report, its runs, the heap
 * peaks when it ran in its own benchmark JVM, and the target it is held to.
 */
record Row(String group, String scenario, String report, String unit, Stats stats, Double firstMillis,
           Double peakUsedMb, Double peakLiveMb, Target target, String note) {

    static Row of(String group, String scenario, String report, Trial.Outcome outcome, Target target) {
        return new Row(group, scenario, report, "ms", new Stats(outcome.millis()), outcome.firstMillis(),
                outcome.peakUsedMb(), outcome.peakLiveMb(), target, outcome.note());
    }

    static Row times(String group, String scenario, String report, Stats stats, Target target, String note) {
        return new Row(group, scenario, report, "ms", stats, null, null, null, target, note);
    }

    static String number(double value, String unit) {
        if (unit.equals("\u00d7")) {
            return String.format(Locale.ROOT, "%.1f\u00d7", value);
        }
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", value / 1000);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f ms" : value >= 10 ? "%.1f ms" : "%.2f ms", value);
    }

    static String megabytes(Double mb) {
        return mb == null ? "" : String.format(Locale.ROOT, "%.0f MB", mb);
    }

    String median() {
        return number(stats.median(), unit);
    }

    String min() {
        return number(stats.min(), unit);
    }

    String max() {
        return number(stats.max(), unit);
    }

    String first() {
        return firstMillis == null ? "" : number(firstMillis, unit);
    }

    String targetText() {
        return target == null ? "" : target.describe(unit) + ": " + target.verdict(stats.median());
    }
}
