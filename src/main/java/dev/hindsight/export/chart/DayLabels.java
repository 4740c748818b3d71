package dev.hindsight.export.chart;

import java.util.ArrayList;
import java.util.List;

/** The labels of the days under the chart's time axis, shortened or left out where they would touch. */
final class DayLabels {
    private DayLabels() {
    }

    /**
     * Day labels that would touch the one before are left out (their lines stay); the first
     * day's label, at the plot's left, gives way to the first midnight's.
     */
    static List<TimelineChart.DayMark> spaced(List<TimelineChart.DayMark> days, TextMeasure measure, double width) {
        List<TimelineChart.DayMark> out = new ArrayList<>();
        double free = -Double.MAX_VALUE;
        for (int i = 0; i < days.size(); i++) {
            TimelineChart.DayMark d = days.get(i);
            String label = "";
            for (String candidate : d.midnight() ? List.of(d.label()) : shorter(d.label())) {
                double end = d.x() + 2 + measure.width(candidate, TimelineChartLayout.SMALL, true);
                boolean fits = d.x() + 2 >= free && end <= width;
                if (fits && !d.midnight() && i + 1 < days.size()) {
                    fits = end + TimelineChartLayout.GAP <= days.get(i + 1).x() + 2;
                }
                if (fits) {
                    label = candidate;
                    free = end + TimelineChartLayout.GAP;
                    break;
                }
            }
            out.add(new TimelineChart.DayMark(d.x(), label, d.midnight()));
        }
        return out;
    }

    /** The first day's label ({@code Mon 10 Jun 2024}), then without its year, then without its weekday too. */
    private static List<String> shorter(String label) {
        String noYear = label.matches(".* \\d{4}$") ? label.substring(0, label.lastIndexOf(' ')) : label;
        String noWeekday = noYear.indexOf(' ') > 0 ? noYear.substring(noYear.indexOf(' ') + 1) : noYear;
        return List.of(label, noYear, noWeekday);
    }
}
