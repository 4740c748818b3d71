package dev.hindsight.export.chart;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a mark of the timeline chart stands for, in words: for a pointer resting on it, or a screen reader. */
public final class MarkText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final int LISTED = 6;
    private static final int LINE = 90;

    private MarkText() {
    }

    /**
     * One event: {@code Response · Mon 10 Jun 11:05} and its text; several: how many, from when
     * to when, and the first few.
     */
    public static String of(TimelineChart.Mark mark, Report report) {
        ZoneId zone = report.zone();
        TimelineEntry first = report.timeline().get(mark.entries()[0]);
        if (mark.count() == 1) {
            return first.kind().label() + " \u00B7 " + WHEN.format(first.at().atZone(zone)) + "\n"
                    + clip(plain(first.text()), 300);
        }
        StringBuilder out = new StringBuilder();
        out.append(mark.count()).append(' ').append(first.kind().isKnown() ? first.kind().label() : "other")
                .append(" events \u00B7 ").append(WHEN.format(mark.from().atZone(zone))).append('\u2013')
                .append(CLOCK.format(mark.to().atZone(zone)));
        int shown = Math.min(LISTED, mark.count());
        for (int i = 0; i < shown; i++) {
            TimelineEntry e = report.timeline().get(mark.entries()[i]);
            out.append('\n').append(CLOCK.format(e.at().atZone(zone))).append("  ").append(clip(plain(e.text()), LINE));
        }
        if (mark.count() > shown) {
            out.append("\n\u2026 and ").append(mark.count() - shown).append(" more");
        }
        return out.toString();
    }

    /**
     * The whole chart in one sentence, for a screen reader: {@code Timeline chart: 11 events in 7
     * kinds. Started 11:00, Detected 11:00, … Times in UTC}.
     */
    public static String summary(TimelineChart chart) {
        if (chart.isEmpty()) {
            return "Timeline chart: " + chart.caption();
        }
        int events = chart.marks().stream().mapToInt(TimelineChart.Mark::count).sum();
        StringBuilder out = new StringBuilder("Timeline chart: ").append(events).append(events == 1 ? " event" : " events")
                .append(" in ").append(chart.lanes().size()).append(chart.lanes().size() == 1 ? " kind. " : " kinds. ");
        for (TimelineChart.Milestone m : chart.milestones()) {
            out.append(m.label()).append(", ");
        }
        for (TimelineChart.Span s : chart.spans()) {
            out.append(s.label()).append(", ");
        }
        return out.append(chart.caption()).append('.').toString();
    }

    private static String plain(String markdown) {
        return Markdown.plainInlineText(markdown).strip();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
