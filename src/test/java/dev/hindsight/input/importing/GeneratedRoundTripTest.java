package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated reports (seeded) exported to Markdown and imported back: every part the Markdown
 * carries comes back equal, for zones, windows across midnight, every kind, code and fact.
 */
class GeneratedRoundTripTest {
    private static final String[] WORDS = {"database", "cache", "alert", "rolled", "back", "the", "users", "saw",
        "errors", "deploy", "latency", "queue", "grew", "on-call", "checked", "config", "région", "Ünïcode", "日本",
        "café", "quota", "DNS", "TLS", "certificate", "v2.3", "50%", "node-7", "(retry)", "it's", "a/b"};
    private static final String[] ZONES = {"UTC", "Europe/Paris", "America/Chicago", "Asia/Tokyo", "Australia/Sydney"};

    private static String words(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(WORDS[r.nextInt(WORDS.length)]);
        }
        String s = String.join(" ", out);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String prose(Random r) {
        StringBuilder sb = new StringBuilder(words(r, 3, 12) + ".");
        if (r.nextBoolean()) {
            sb.append("\n\n- ").append(words(r, 2, 6)).append("\n- ").append(words(r, 2, 6));
        }
        return sb.toString();
    }

    static Report generate(long seed) {
        Random r = new Random(seed);
        String zone = ZONES[r.nextInt(ZONES.length)];
        Instant start = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * r.nextInt(500_000));
        Instant end = start.plusSeconds(60L * (5 + r.nextInt(3000)));
        List<TimelineEntry> timeline = new ArrayList<>();
        Instant at = start;
        for (int i = 0; i < 1 + r.nextInt(15); i++) {
            timeline.add(new TimelineEntry(at, EntryKind.KNOWN.get(r.nextInt(EntryKind.KNOWN.size())), words(r, 2, 10)));
            at = at.plusSeconds(60L * (1 + r.nextInt(200)));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < r.nextInt(5); i++) {
            items.add(new ActionItem(words(r, 2, 6), r.nextBoolean() ? prose(r) : "",
                    r.nextBoolean() ? null : ActionType.KNOWN.get(r.nextInt(4)), r.nextBoolean() ? "" : "Kim Lee",
                    r.nextBoolean() ? null : LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    r.nextBoolean() ? null : Priority.KNOWN.get(r.nextInt(4)),
                    ActionStatus.KNOWN.get(r.nextInt(4)), r.nextBoolean() ? "" : "https://tickets.example/OPS-" + i,
                    Extras.NONE));
        }
        return Report.blank().builder()
                .title(words(r, 1, 6))
                .incidentId(r.nextBoolean() ? "" : "INC-" + r.nextInt(10_000))
                .severity(r.nextBoolean() ? null : Severity.KNOWN.get(r.nextInt(5)))
                .status(ReportStatus.KNOWN.get(r.nextInt(3)))
                .confidentiality(r.nextBoolean() ? "" : "Internal")
                .authors(r.nextBoolean() ? List.of() : List.of("Ana Silva", "Team Blue"))
                .timeZone(zone)
                .summary(new Summary(start, end, prose(r), r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(101)),
                        words(r, 4, 12) + ".", Extras.NONE))
                .timeline(timeline)
                .rootCause(prose(r))
                .resolution(r.nextBoolean() ? prose(r) : "")
                .measures(new Measures(prose(r), items, Extras.NONE))
                .closingRemarks(r.nextBoolean() ? prose(r) : "")
                .build();
    }

    @Test
    void aHundredGeneratedReportsComeBackEqual() throws Exception {
        for (long seed = 1; seed <= 100; seed++) {
            Report original = generate(seed);
            String markdown = MarkdownRoundTripTest.markdown(original);
            Report back = new Importer().importText(markdown).report();
            assertThat(back).as("seed %d:%n%s", seed, markdown).isEqualTo(original);
        }
    }
}
