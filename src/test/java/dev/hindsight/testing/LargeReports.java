package dev.hindsight.testing;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one generator of long reports, for tests and benchmarks: deterministic for a given size,
 * a timeline of every kind with Markdown and varied lengths, and action items and prose in
 * proportion (one item per 20 events, one paragraph per 100).
 */
public final class LargeReports {
    private static final String[] WORDS = {"checked", "the", "load", "balancer", "logs", "and", "found",
        "**connection pool**", "was", "exhausted", "while", "`db-primary`", "kept", "failing", "health", "checks",
        "so", "we", "paged", "database", "team", "rolled", "back", "deploy", "from",
        "[the dashboard](https://grafana.example.com/d/abc)", "after", "confirming", "_twice_"};

    private LargeReports() {
    }

    public static Report withEvents(int events) {
        Random random = new Random(events);
        Instant start = Instant.parse("2024-06-10T08:00:00Z");
        List<TimelineEntry> timeline = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            EntryKind kind = i == 0 ? EntryKind.DETECTION : EntryKind.KNOWN.get(random.nextInt(EntryKind.KNOWN.size()));
            String text = "Event " + (i + 1) + ":" + words(random, 3 + random.nextInt(i % 50 == 0 ? 120 : 25));
            timeline.add(new TimelineEntry(start.plus(Duration.ofSeconds(37L * i)), kind, text));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < Math.max(3, events / 20); i++) {
            items.add(new ActionItem("Action " + (i + 1) + ":" + words(random, 4 + random.nextInt(8)),
                    "- step one:" + words(random, 6) + "\n- step two:" + words(random, 10), ActionType.PREVENT,
                    "Team " + (i % 4), LocalDate.of(2024, 7, 1).plusDays(i % 90), Priority.KNOWN.get(i % 4),
                    ActionStatus.KNOWN.get(i % 3), "https://tracker.example.com/T-" + (i + 1), Extras.NONE));
        }
        Instant end = start.plus(Duration.ofSeconds(37L * events));
        return new Report(1, "A very long incident with " + events + " timeline events", "INC-LARGE-" + events,
                Severity.SEV2, ReportStatus.FINAL, "Internal", List.of("Benchmark"), "Europe/Paris", start, end,
                new Summary(start, end, "Everything was slow.", new BigDecimal("42"), "Too many events.", Extras.NONE),
                timeline, prose(random, events, "Root cause"), prose(random, events, "Recovery step"),
                new Measures(prose(random, events, "Improvement"), items, Extras.NONE), "Closing remarks.",
                Extras.NONE);
    }

    private static String prose(Random random, int events, String heading) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < Math.max(2, events / 100); p++) {
            if (p % 5 == 0) {
                out.append("## ").append(heading).append(' ').append(p / 5 + 1).append("\n\n");
            }
            out.append(words(random, 40 + random.nextInt(60)).strip()).append(".\n\n");
        }
        return out.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int w = count; w > 0; w--) {
            out.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }
}
