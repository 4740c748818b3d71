package dev.hindsight.export.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hindsight.format.ReportReader;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.testing.LargeReports;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The timeline chart's layout, computed in plain code: positions, labels, days, and many events made few marks. */
class TimelineChartLayoutTest {
    private static final double WIDTH = 483;

    private static Report fixture(String name) throws Exception {
        return new ReportReader().read(Fixtures.path(name)).report();
    }

    private static TimelineChart layout(Report report) {
        return TimelineChartLayout.of(report, WIDTH, TextMeasure.APPROXIMATE);
    }

    /** Where an instant goes: the same proportion as the ticks say. */
    private static double x(TimelineChart chart, Report report, Instant t) {
        TimelineChart.Mark any = chart.marks().get(0);
        TimelineChart.Mark last = chart.marks().stream().max((a, b) -> a.to().compareTo(b.to())).orElseThrow();
        double perSecond = (last.x1() - any.x0()) / (last.to().getEpochSecond() - any.from().getEpochSecond());
        return any.x0() + (t.getEpochSecond() - any.from().getEpochSecond()) * perSecond;
    }

    @Test
    void aMilestonesLabelDoesNotRunAcrossTheNextMilestonesLine() throws Exception {
        Report example = fixture(Fixtures.EXAMPLE);
        // mitigated 20 min before resolved on a ten-hour timeline: "Mitigated 12:40" is wider than the gap
        List<TimelineEntry> timeline = new ArrayList<>(example.timeline());
        timeline.add(new TimelineEntry(Instant.parse("2024-06-10T20:40:00Z"), EntryKind.MITIGATION, "Failed over"));
        timeline.add(new TimelineEntry(Instant.parse("2024-06-10T21:00:00Z"), EntryKind.RESOLUTION, "All clear"));
        Report report = example.withTimeline(timeline)
                .withSummary(example.summary().withEndedAt(Instant.parse("2024-06-10T21:00:00Z")));
        TimelineChart chart = layout(report);
        // a label set after its line never runs across a later milestone's line (it goes before its own instead)
        for (TimelineChart.Milestone m : chart.milestones()) {
            if (Math.abs(m.labelX() - m.x()) > 0.01) {
                continue;
            }
            for (TimelineChart.Milestone other : chart.milestones()) {
                if (Math.abs(other.x() - m.x()) > 1) {
                    assertThat(other.x() > m.labelX() + 1 && other.x() < m.labelX() + m.labelWidth() - 1)
                            .as("%s's line under %s's label", other.name(), m.name()).isFalse();
                }
            }
        }
        TimelineChart.Milestone mitigated = chart.milestones().stream().filter(m -> m.name().equals("Mitigated"))
                .findFirst().orElseThrow();
        assertThat(mitigated.labelX() + mitigated.labelWidth()).as("ends at its own line")
                .isCloseTo(mitigated.x(), within(0.01));
        assertNothingOverlapsOrLeaves(chart);
    }

    @Test
    void theExampleHasALanePerKindAMarkPerEventAndItsMilestonesAndSpans() throws Exception {
        Report report = fixture(Fixtures.EXAMPLE);
        TimelineChart chart = layout(report);
        assertThat(chart.lanes()).extracting(TimelineChart.Lane::label).containsExactly("Detection", "Response",
                "Investigation", "Misleading", "Escalation", "Mitigation", "Resolution");
        assertThat(chart.marks()).hasSize(11).allMatch(m -> m.count() == 1);
        for (TimelineChart.Mark m : chart.marks()) {
            TimelineEntry e = report.timeline().get(m.entries()[0]);
            TimelineChart.Lane lane = chart.lanes().stream().filter(l -> l.label().equals(e.kind().label())).findFirst()
                    .orElseThrow();
            assertThat(m.y()).isEqualTo(lane.y());
            assertThat(m.x0()).isCloseTo(x(chart, report, e.at()), within(0.01));
            assertThat(m.x0()).isBetween(chart.plot().left(), chart.plot().right());
        }
        assertThat(chart.milestones()).extracting(TimelineChart.Milestone::label)
                .containsExactly("Started 11:00", "Detected 11:00", "Responded 11:05", "Mitigated 12:30", "Resolved 13:00");
        assertThat(chart.spans()).extracting(TimelineChart.Span::label).containsExactly("Outage 2 h 00 min",
                "Time to detect 0 min", "Time to respond 5 min", "Time to mitigate 1 h 30 min", "Time to resolve 2 h 00 min");
        TimelineChart.Band band = chart.outage();
        assertThat(band.open()).isFalse();
        assertThat(band.x0()).isCloseTo(x(chart, report, Instant.parse("2024-06-10T11:00:00Z")), within(0.01));
        assertThat(band.x1()).isCloseTo(x(chart, report, Instant.parse("2024-06-10T13:00:00Z")), within(0.01));
        assertThat(chart.misleading()).singleElement().satisfies(s -> {
            assertThat(s.x0()).isCloseTo(x(chart, report, Instant.parse("2024-06-10T11:15:00Z")), within(0.01));
            assertThat(s.x1()).as("until the next step that was not misleading")
                    .isCloseTo(x(chart, report, Instant.parse("2024-06-10T11:25:00Z")), within(0.01));
        });
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::label)
                .containsExactly("11:00", "11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45", "13:00");
        assertThat(chart.days()).singleElement().satisfies(d -> assertThat(d.label()).isEqualTo("Mon 10 Jun 2024"));
        assertThat(chart.caption()).isEqualTo("Times in UTC");
        assertNothingOverlapsOrLeaves(chart);
    }

    @Test
    void aReportOverDaysMarksEachMidnightInItsZoneAcrossAClockChange() throws Exception {
        Report report = fixture("multi-day.postmortem.json");
        TimelineChart chart = layout(report);
        assertThat(chart.days()).extracting(TimelineChart.DayMark::label)
                .containsExactly("Fri 1 Nov 2024", "Sat 2 Nov", "Sun 3 Nov");
        // New York: midnight is 04:00 UTC on 2 November (summer time) and on 3 November (the clock goes back at 02:00).
        assertThat(chart.days().get(1).x()).isCloseTo(x(chart, report, Instant.parse("2024-11-02T04:00:00Z")), within(0.01));
        assertThat(chart.days().get(2).x()).isCloseTo(x(chart, report, Instant.parse("2024-11-03T04:00:00Z")), within(0.01));
        assertThat(chart.ticks()).isNotEmpty().allSatisfy(t -> assertThat(t.label()).matches("\\d\\d:00"));
        TimelineChart.Tick six = chart.ticks().stream().filter(t -> t.label().equals("06:00")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(six.x()).as("06:00 on 3 November is 11:00 UTC, after the change")
                .isCloseTo(x(chart, report, Instant.parse("2024-11-03T11:00:00Z")), within(0.01));
        assertThat(chart.milestones()).extracting(TimelineChart.Milestone::label).contains("Detected 1 Nov 18:05",
                "Resolved 3 Nov 07:00");
        assertThat(chart.misleading()).hasSize(2);
        assertThat(chart.caption()).isEqualTo("Times in America/New_York");
        assertNothingOverlapsOrLeaves(chart);
    }

    @Test
    void tenThousandEventsBecomeAFewHundredMarksHoldingEveryEventOnce() {
        Report report = LargeReports.withEvents(10_000);
        TimelineChart chart = layout(report);
        double room = (chart.plot().right() - chart.plot().left()) / (2 * TimelineChart.MARK_RADIUS) + 1;
        assertThat(chart.marks().size()).isLessThanOrEqualTo((int) (chart.lanes().size() * room));
        assertThat(chart.marks().stream().mapToInt(TimelineChart.Mark::count).sum()).isEqualTo(10_000);
        Set<Integer> seen = new HashSet<>();
        chart.marks().forEach(m -> Arrays.stream(m.entries()).forEach(i -> assertThat(seen.add(i)).isTrue()));
        assertThat(chart.marks()).anySatisfy(m -> assertThat(m.count()).isGreaterThan(10));
        assertThat(chart.days().get(0).label()).as("the first day is named, shorter where the full name does not fit")
                .contains("10 Jun");
        for (TimelineChart.Mark m : chart.marks()) {
            assertThat(m.x1() - m.x0()).isLessThan(2 * TimelineChart.MARK_RADIUS);
            for (int i = 1; i < m.count(); i++) {
                assertThat(report.timeline().get(m.entries()[i]).at())
                        .isAfterOrEqualTo(report.timeline().get(m.entries()[i - 1]).at());
            }
        }
        assertNothingOverlapsOrLeaves(chart);
    }

    @Test
    void aBurstIsATallerBarThanAFewEventsTogether() {
        Instant t = Instant.parse("2024-06-10T08:00:00Z");
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            timeline.add(new TimelineEntry(t.plusSeconds(i), EntryKind.INVESTIGATION, "burst " + i));
        }
        timeline.add(new TimelineEntry(t.plusSeconds(86_400), EntryKind.INVESTIGATION, "late a"));
        timeline.add(new TimelineEntry(t.plusSeconds(86_401), EntryKind.INVESTIGATION, "late b"));
        timeline.add(new TimelineEntry(t.plusSeconds(43_200), EntryKind.INVESTIGATION, "alone"));
        TimelineChart chart = layout(Report.blank().withTimeline(timeline));
        assertThat(chart.marks()).extracting(TimelineChart.Mark::count).containsExactly(30, 1, 2);
        RecordingPainter p = new RecordingPainter();
        TimelineChartPainter.paint(chart, p);
        String color = chart.lanes().get(0).color();
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i + 1 < p.calls.size(); i++) {
            RecordingPainter.Drawn c = p.calls.get(i);
            if (c.what().equals("rect") && color.equals(c.fill())) {
                heights.add(p.calls.get(i + 1).y() - c.y());
            }
        }
        double full = 2 * TimelineChart.MARK_RADIUS;
        assertThat(heights).hasSize(2);
        assertThat(heights.get(0)).isCloseTo(full, within(0.01));
        assertThat(heights.get(1)).isLessThan(full * 0.75).isGreaterThan(full * 0.4);
    }

    @Test
    void withoutTimesThereIsNothingToDrawButASentence() {
        Report report = Report.blank().withTimeline(List.of(new TimelineEntry(null, EntryKind.NOTE, "later")));
        TimelineChart chart = layout(report);
        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.caption()).startsWith("No times yet").endsWith("1 event without a time is not shown");
        RecordingPainter p = new RecordingPainter();
        TimelineChartPainter.paint(chart, p);
        assertThat(p.texts()).singleElement().asString().startsWith("No times yet");
    }

    @Test
    void unknownKindsShareALaneAndEveryKnownKindHasItsOwnShape() {
        Instant t = Instant.parse("2024-06-10T11:00:00Z");
        Report report = Report.blank().withTimeline(List.of(new TimelineEntry(t, new EntryKind("acknowledged"), "a"),
                new TimelineEntry(t.plusSeconds(60), new EntryKind("paged"), "b"),
                new TimelineEntry(t.plusSeconds(120), EntryKind.DETECTION, "c"),
                new TimelineEntry(null, EntryKind.NOTE, "no time")));
        TimelineChart chart = layout(report);
        assertThat(chart.lanes()).extracting(TimelineChart.Lane::label).containsExactly("Detection", "Other");
        assertThat(chart.lanes().get(1).shape()).isEqualTo(MarkShape.RING);
        assertThat(chart.caption()).endsWith("; 1 event without a time is not shown");
        assertThat(EntryKind.KNOWN.stream().map(MarkShape::of).distinct()).hasSize(EntryKind.KNOWN.size());
        // Drawn, each shape is its own kind of stroke: polygons of different corners, circles, a square.
        RecordingPainter p = new RecordingPainter();
        for (EntryKind kind : EntryKind.KNOWN) {
            MarkShape.of(kind).paint(p, 0, 0, 3, "#000000", "#000000");
        }
        assertThat(p.calls.stream().filter(c -> !c.what().endsWith("-end")).map(RecordingPainter.Drawn::what))
                .containsExactlyInAnyOrder("polygon4", "rect", "circle", "polygon3", "polygon3", "polygon6",
                        "polygon10", "circle");
    }

    @Test
    void theOutageWindowOpenAtOneEndRunsToTheEdgeAndAReversedOneIsNotDrawn() {
        Instant t = Instant.parse("2024-06-10T11:00:00Z");
        Report open = Report.blank().withSummary(Summary.EMPTY.withStartedAt(t))
                .withTimeline(List.of(new TimelineEntry(t.plusSeconds(3600), EntryKind.DETECTION, "x")));
        TimelineChart chart = layout(open);
        assertThat(chart.outage().open()).isTrue();
        assertThat(chart.outage().x1()).isEqualTo(chart.plot().right());
        assertThat(chart.outage().label()).isEqualTo("Outage (no end set)");
        assertThat(chart.caption()).as("said in words, not only by a dashed edge")
                .isEqualTo("Times in UTC; the outage has no end set, so it runs to the edge");
        Report reversed = open.withSummary(open.summary().withEndedAt(t.minusSeconds(60)));
        TimelineChart r = layout(reversed);
        assertThat(r.outage()).isNull();
        assertThat(r.caption()).contains("the outage ends before it starts");
        assertThat(r.spans()).noneMatch(s -> s.name().equals("Outage"));
    }

    /** Seeded: reports of any shape (minutes to millennia, any zone, odd kinds, no times) lay out within bounds, every event once. */
    @Test
    void anyTimelineLaysOutWithinTheChartWithEveryEventInOneMark() {
        Random random = new Random(1414);
        List<String> zones = List.of("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Chatham",
                "Australia/Lord_Howe", "Nowhere/Unknown");
        long[] spans = {60, 3_600, 86_400 * 3L, 86_400 * 400L, 86_400L * 365 * 3000};
        for (int round = 0; round < 300; round++) {
            long span = spans[random.nextInt(spans.length)];
            Instant base = Instant.parse("2024-03-30T20:00:00Z").plusSeconds(random.nextInt(1000) * 60L);
            if (span > 86_400L * 365 * 100) {
                base = Instant.parse("0500-01-01T00:00:00Z");
            }
            List<TimelineEntry> timeline = new ArrayList<>();
            int n = random.nextInt(random.nextBoolean() ? 5 : 400);
            for (int i = 0; i < n; i++) {
                Instant at = random.nextInt(10) == 0 ? null : base.plusSeconds((long) (random.nextDouble() * span));
                EntryKind kind = random.nextInt(12) == 0 ? new EntryKind("custom" + random.nextInt(3))
                        : EntryKind.KNOWN.get(random.nextInt(EntryKind.KNOWN.size()));
                timeline.add(new TimelineEntry(at, kind, "event " + i));
            }
            Instant start = random.nextBoolean() ? base : null;
            Instant end = random.nextBoolean() ? base.plusSeconds((long) (random.nextDouble() * span) - span / 10) : null;
            Report report = Report.blank().withTimeZone(zones.get(random.nextInt(zones.size())))
                    .withSummary(new Summary(start, end, "", null, "", Extras.NONE)).withTimeline(timeline);
            double width = 200 + random.nextInt(1200);
            TimelineChart chart = TimelineChartLayout.of(report, width, TextMeasure.APPROXIMATE);
            long timed = timeline.stream().filter(e -> e.at() != null).count();
            assertThat(chart.marks().stream().mapToInt(TimelineChart.Mark::count).sum()).as("round %d", round)
                    .isEqualTo((int) timed);
            Set<Integer> all = new HashSet<>();
            chart.marks().forEach(m -> Arrays.stream(m.entries()).forEach(all::add));
            assertThat(all).hasSize((int) timed);
            assertThat(chart.ticks().size()).isLessThan(200);
            assertNothingOverlapsOrLeaves(chart);
            RecordingPainter p = new RecordingPainter();
            TimelineChartPainter.paint(chart, p);
            int shown = round;
            assertThat(p.calls).allSatisfy(c -> {
                assertThat(c.x()).as("round %d: %s", shown, c).isFinite().isBetween(-10.0, chart.width() + 10);
                assertThat(c.y()).as("round %d: %s", shown, c).isFinite().isBetween(-1.0, chart.height() + 1);
            });
        }
    }

    /** Labels in one row never overlap, and stay in the chart; marks stay in the plot; ticks go left to right. */
    private static void assertNothingOverlapsOrLeaves(TimelineChart chart) {
        List<double[]> labels = new ArrayList<>();
        for (TimelineChart.Milestone m : chart.milestones()) {
            double from = m.anchor() == ChartPainter.Anchor.START ? m.labelX() : m.labelX() - m.labelWidth();
            labels.add(new double[] {m.labelY(), from, from + m.labelWidth()});
        }
        for (TimelineChart.Span s : chart.spans()) {
            double from = s.anchor() == ChartPainter.Anchor.START ? s.labelX()
                    : s.anchor() == ChartPainter.Anchor.MIDDLE ? s.labelX() - s.labelWidth() / 2 : s.labelX() - s.labelWidth();
            labels.add(new double[] {s.y(), Math.min(from, s.x0()), Math.max(from + s.labelWidth(), s.x1())});
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double[] a = labels.get(i);
                double[] b = labels.get(j);
                if (a[0] == b[0]) {
                    assertThat(a[2] <= b[1] || b[2] <= a[1]).as("labels in one row overlap: %s %s",
                            Arrays.toString(a), Arrays.toString(b)).isTrue();
                }
            }
        }
        for (TimelineChart.Mark m : chart.marks()) {
            assertThat(m.x0()).isBetween(chart.plot().left() - 0.01, chart.plot().right() + 0.01);
            assertThat(m.y()).isBetween(chart.plot().top(), chart.plot().bottom());
        }
        assertThat(IntStream.range(1, chart.ticks().size()).allMatch(i -> chart.ticks().get(i).x() > chart.ticks().get(i - 1).x()))
                .isTrue();
        assertThat(chart.height()).isGreaterThan(chart.plot().bottom());
        assertThat(ZoneId.of("UTC")).isNotNull();
    }
}
