package dev.hindsight.export;

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

/** Long reports made up deterministically: a timeline of any length with every kind, Markdown and varied lengths. */
final class LargeReports {
    private static final String[] WORDS = {"checked", "the", "load", "balancer", "logs", "and", "found",
        "**connection pool**", "was", "exhausted", "while", "`db-primary`", "kept", "failing", "health", "checks",
        "so", "we", "paged", "database", "team", "rolled", "back", "deploy", "from",
        "[the dashboard](https://grafana.example.com/d/abc)", "after", "confirming", "_twice_"};

    private LargeReports() {
    }

    static Report withEvents(int events) {
        Random random = new Random(events);
        Instant start = Instant.parse("2024-06-10T08:00:00Z");
        List<TimelineEntry> timeline = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            EntryKind kind = i == 0 ? EntryKind.DETECTION : EntryKind.KNOWN.get(random.nextInt(EntryKind.KNOWN.size()));
            StringBuilder text = new StringBuilder("Event ").append(i + 1).append(':');
            for (int w = 3 + random.nextInt(i % 50 == 0 ? 120 : 25); w > 0; w--) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            timeline.add(new TimelineEntry(start.plus(Duration.ofSeconds(37L * i)), kind, text.toString()));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(new ActionItem("Action " + (i + 1) + ": fix the thing", "- step one\n- step two", ActionType.PREVENT,
                    "Team " + (i % 4), LocalDate.of(2024, 7, 1 + i % 28), Priority.KNOWN.get(i % 4),
                    ActionStatus.KNOWN.get(i % 3), "", Extras.NONE));
        }
        Instant end = start.plus(Duration.ofSeconds(37L * events));
        return new Report(1, "A very long incident with " + events + " timeline events", "INC-LARGE-" + events,
                Severity.SEV2, ReportStatus.FINAL, "Internal", List.of("Benchmark"), "Europe/Paris", start, end,
                new Summary(start, end, "Everything was slow.", new BigDecimal("42"), "Too many events.", Extras.NONE),
                timeline, "A long root cause.\n\n".repeat(20), "Restarted.", new Measures("- fix", items, Extras.NONE),
                "", Extras.NONE);
    }
}
