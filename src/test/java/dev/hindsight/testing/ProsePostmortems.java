package dev.hindsight.testing;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real public postmortems, paraphrased in our own words, kept as test fixtures in
 * {@code src/test/resources/prose/} to tune the checkers on the prose engineers actually write
 * (spelling: no false alarms; blameless language: at most one per family). Each file is a small
 * Markdown document: a header of {@code key: value} lines between {@code ---} (source, company,
 * date, language), a {@code # title}, then {@code ## Impact}, {@code ## Root cause in one sentence},
 * {@code ## Timeline} ({@code - HH:MM | kind | text}, or a full {@code YYYY-MM-DD HH:MM}),
 * {@code ## Root cause}, {@code ## Resolution}, {@code ## Improvements}, {@code ## Action items}
 * ({@code ### title} then details) and {@code ## Closing remarks}.
 */
public final class ProsePostmortems {
    /** The fixture files, one per incident. */
    public static final List<String> NAMES = List.of(
            "gitlab-2017-database-deletion", "aws-2017-s3-us-east-1", "cloudflare-2019-waf-regex",
            "github-2018-network-partition", "slack-2021-transit-gateway", "aws-2020-kinesis-threads",
            "google-2025-service-control", "roblox-2021-consul", "datadog-2023-systemd",
            "reddit-2023-pi-day", "aws-2025-dynamodb-dns", "cloudflare-2025-bot-feature-file",
            "meta-2021-backbone-bgp", "fastly-2021-config-bug", "cloudflare-2023-datacenter-power",
            "crowdstrike-2024-channel-file", "atlassian-2022-site-deletion", "google-2019-network-congestion",
            "azure-2023-wan-router", "monzo-2019-cassandra", "salesforce-2021-dns", "knight-2012-deployment");

    /**
     * Postmortems written after the technical word list was tuned on {@link #NAMES}, to measure false
     * alarms on prose the list had not seen (their first result is recorded in docs/spelling.md).
     */
    public static final List<String> HOLDOUT = List.of("cloudflare-2022-bgp-policy", "google-2020-user-id-quota",
            "aws-2021-network-congestion", "cloudflare-2025-workers-kv", "azure-2021-ad-key-rotation");

    /**
     * Postmortems added for the review rules (header {@code set: review}): public reports whose own
     * wording is kept where it blamed or judged ("operator error", "I messed up", "should have"), so
     * the blameless rule is measured on real phrasing, not only on prose already written blamelessly.
     */
    public static final List<String> REVIEW = List.of("joyent-2014-reboot", "heroku-2020-git-push",
            "heroku-2025-os-update", "discord-2017-redis-failover", "stripe-2015-index-removal",
            "stripe-2019-database-election", "circleci-2023-session-token", "xervo-2015-audit-tool");

    /** One fixture: where it came from, and the report it makes. */
    public record Postmortem(String name, Map<String, String> header, Report report) {
        public String language() {
            return header.getOrDefault("language", "");
        }
    }

    private ProsePostmortems() {
    }

    /** Every fixture: the tuning set, the held-out set and the review set. */
    public static List<Postmortem> all() {
        return java.util.stream.Stream.of(NAMES, HOLDOUT, REVIEW).flatMap(List::stream).map(ProsePostmortems::load)
                .toList();
    }

    public static List<Postmortem> load(List<String> names) {
        return names.stream().map(ProsePostmortems::load).toList();
    }

    public static Postmortem load(String name) {
        String resource = "/prose/" + name + ".md";
        try (InputStream in = ProsePostmortems.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Postmortem parse(String name, String text) {
        List<String> lines = text.lines().toList();
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        if (lines.get(0).equals("---")) {
            for (i = 1; !lines.get(i).equals("---"); i++) {
                int colon = lines.get(i).indexOf(':');
                header.put(lines.get(i).substring(0, colon).strip(), lines.get(i).substring(colon + 1).strip());
            }
            i++;
        }
        String title = "";
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        String current = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                current = line.substring(3).strip().toLowerCase(java.util.Locale.ROOT);
                sections.put(current, new StringBuilder());
            } else if (current != null) {
                sections.get(current).append(line).append('\n');
            }
        }
        LocalDate date = LocalDate.parse(header.get("date"));
        List<TimelineEntry> timeline = timeline(section(sections, "timeline"), date);
        Instant start = timeline.isEmpty() ? null : timeline.get(0).at();
        Instant end = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).at();
        Summary summary = new Summary(start, end, section(sections, "impact"), null,
                section(sections, "root cause in one sentence"), Extras.NONE);
        Measures measures = new Measures(section(sections, "improvements"), actions(section(sections, "action items")),
                Extras.NONE);
        Report report = Report.blank().builder().title(title).status(ReportStatus.FINAL)
                .language(header.getOrDefault("language", "")).summary(summary).timeline(timeline)
                .rootCause(section(sections, "root cause")).resolution(section(sections, "resolution"))
                .measures(measures).closingRemarks(section(sections, "closing remarks")).build();
        return new Postmortem(name, header, report);
    }

    private static String section(Map<String, StringBuilder> sections, String name) {
        StringBuilder b = sections.get(name);
        return b == null ? "" : b.toString().strip();
    }

    private static List<TimelineEntry> timeline(String text, LocalDate date) {
        List<TimelineEntry> out = new ArrayList<>();
        LocalDateTime last = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("- ")) {
                continue;
            }
            String[] parts = line.substring(2).split(" \\| ", 3);
            String when = parts[0].strip();
            LocalDateTime at;
            if (when.length() > 5) {
                at = LocalDateTime.parse(when.replace(' ', 'T'));
            } else {
                at = LocalDateTime.of(last == null ? date : last.toLocalDate(), LocalTime.parse(when));
                if (last != null && at.isBefore(last)) {
                    at = at.plusDays(1);
                }
            }
            last = at;
            out.add(new TimelineEntry(at.toInstant(ZoneOffset.UTC), new EntryKind(parts[1].strip()), parts[2].strip()));
        }
        return out;
    }

    private static List<ActionItem> actions(String text) {
        List<ActionItem> out = new ArrayList<>();
        String title = null;
        StringBuilder details = new StringBuilder();
        for (String line : (text + "\n### end").lines().toList()) {
            if (line.startsWith("### ")) {
                if (title != null) {
                    out.add(new ActionItem(title, details.toString().strip(), ActionType.PREVENT, "", null, null,
                            ActionStatus.OPEN, "", Extras.NONE));
                }
                title = line.substring(4).strip();
                details.setLength(0);
            } else {
                details.append(line).append('\n');
            }
        }
        return out;
    }
}
