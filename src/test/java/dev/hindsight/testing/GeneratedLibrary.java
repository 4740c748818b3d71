package dev.hindsight.testing;

import dev.hindsight.format.ReportEncoder;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Classification;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A library of generated reports for the benchmark and the window's manual checks: deterministic
 * for a given seed, spread over three years in folders by year and month, with skewed durations,
 * every severity and status, tags, services, contributing factors, 5 to 60 timeline events, a few
 * paragraphs of prose, up to 8 action items, and now and then a broken file.
 */
public final class GeneratedLibrary {
    /** Raised when the same seed would write other reports, so a library written earlier is written again. */
    public static final int VERSION = 2;

    private static final String[] SERVICES = {"checkout", "payments", "search", "login", "catalogue", "email",
        "notifications", "inventory", "api-gateway", "billing", "reports", "mobile-api"};
    private static final String[] TAGS = {"database", "network", "dns", "certificates", "deploy", "capacity",
        "third-party", "config", "cache", "queue", "storage", "security"};
    private static final String[] OWNERS = {"Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "SRE team", "Platform team"};
    private static final String[] WORDS = {"the", "primary", "database", "connection", "pool", "was", "exhausted",
        "while", "deploy", "rolled", "back", "latency", "rose", "alert", "fired", "on-call", "engineer", "paged",
        "traffic", "shifted", "replica", "lag", "grew", "cache", "evicted", "keys", "queue", "backlog", "drained",
        "certificate", "expired", "dns", "record", "changed", "timeouts", "retries", "storm", "customers", "saw",
        "errors", "checkout", "failed", "payments", "delayed", "**config**", "`max_connections`", "runbook"};

    private GeneratedLibrary() {
    }

    /** Writes {@code count} reports (and one broken file per 500) under {@code folder}; returns the folder. */
    public static Path write(Path folder, int count, long seed) throws IOException {
        Random random = new Random(seed);
        ReportEncoder encoder = new ReportEncoder();
        LocalDate first = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextInt(3 * 365));
            Path dir = Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "%d/%02d", day.getYear(),
                    day.getMonthValue())));
            Report report = report(random, i, day);
            Files.write(dir.resolve(String.format(Locale.ROOT, "inc-%05d.postmortem.json", i)), encoder.encode(report));
            if (i % 500 == 499) {
                Files.writeString(dir.resolve(String.format(Locale.ROOT, "broken-%05d.postmortem.json", i)),
                        "{\"format\": \"postmortem-report\", \"formatVersion\": 1, \"title\": ");
            }
        }
        return folder;
    }

    /** The incident words of the report being generated (indices into {@link #WORDS}). */
    private static final ThreadLocal<int[]> TOPIC = ThreadLocal.withInitial(() -> new int[] {0});

    /** One generated report, numbered {@code n}, started on {@code day}. */
    public static Report report(Random random, int n, LocalDate day) {
        int[] topic = new int[6 + random.nextInt(8)];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = random.nextInt(WORDS.length);
        }
        TOPIC.set(topic);
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400));
        long detect = skewed(random, 2, 240);
        long resolve = detect + skewed(random, 10, 2_000);
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(start.plus(Duration.ofMinutes(detect)), EntryKind.DETECTION, sentence(random, 10)));
        int events = 5 + random.nextInt(56);
        for (int e = 1; e < events - 1; e++) {
            EntryKind kind = EntryKind.KNOWN.get(1 + random.nextInt(EntryKind.KNOWN.size() - 2));
            long at = detect + (resolve - detect) * e / events;
            timeline.add(new TimelineEntry(start.plus(Duration.ofMinutes(at)), kind, sentence(random, 6 + random.nextInt(20))));
        }
        timeline.add(new TimelineEntry(start.plus(Duration.ofMinutes(resolve)), EntryKind.RESOLUTION, "All clear."));
        boolean open = random.nextInt(8) == 0;
        Instant end = open ? null : start.plus(Duration.ofMinutes(resolve));
        List<ActionItem> items = new ArrayList<>();
        for (int a = random.nextInt(9); a > 0; a--) {
            items.add(new ActionItem(sentence(random, 4 + random.nextInt(6)), sentence(random, 15), ActionType.PREVENT,
                    OWNERS[random.nextInt(OWNERS.length)], random.nextInt(6) == 0 ? null : day.plusDays(7 + random.nextInt(120)),
                    random.nextInt(5) == 0 ? null : Priority.KNOWN.get(random.nextInt(4)),
                    ActionStatus.KNOWN.get(random.nextInt(10) < 6 ? 2 : random.nextInt(4)), "", Extras.NONE));
        }
        Severity severity = random.nextInt(15) == 0 ? null : Severity.KNOWN.get((int) Math.max(0, Math.min(4, Math.round(2 + random.nextGaussian() * 0.9))));
        ReportStatus status = ReportStatus.KNOWN.get(random.nextInt(10) < 7 ? 2 : random.nextInt(2));
        Classification classification = new Classification(pick(random, TAGS, 3), pick(random, SERVICES, 2),
                List.of(new ContributingFactor(ContributingFactor.SUGGESTED_CATEGORIES.get(random.nextInt(10)),
                        sentence(random, 8))), List.of(), random.nextInt(12) == 0);
        return new Report(2, title(random), String.format(Locale.ROOT, "INC-%05d", n), severity, status, "Internal",
                List.of(OWNERS[random.nextInt(OWNERS.length)]), "UTC", null, null,
                new Summary(start, end, paragraph(random), new BigDecimal(random.nextInt(101)), sentence(random, 12),
                        Extras.NONE), timeline, paragraph(random) + "\n\n" + paragraph(random), paragraph(random),
                new Measures(paragraph(random), items, Extras.NONE), "", "en-US", classification,
                dev.hindsight.model.Review.EMPTY, List.of(), List.of(), List.of(), Extras.NONE);
    }

    /** Minutes from {@code min}, most of them small and a few very large, as real durations are. */
    private static long skewed(Random random, int min, int scale) {
        return min + (long) (scale * Math.pow(random.nextDouble(), 3));
    }

    private static List<String> pick(Random random, String[] from, int max) {
        List<String> out = new ArrayList<>();
        for (int k = random.nextInt(max + 1); k > 0; k--) {
            String v = from[random.nextInt(from.length)];
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String title(Random random) {
        String s = sentence(random, 3 + random.nextInt(4)).replace("**", "").replace("`", "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String paragraph(Random random) {
        return sentence(random, 30 + random.nextInt(60));
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zen", "qua", "bri", "dor",
        "fel", "gra", "hul", "jin", "pex", "sor", "tiv", "ux", "wen"};

    /**
     * A word: half the time one of the report's few incident words, else one of about 8,000 made-up
     * words drawn with a Zipf-like skew (a few common, most rare), so the index has the long tail
     * of names, hosts and jargon that real reports have.
     */
    private static String word(Random random) {
        if (random.nextBoolean()) {
            // Each report tells its own story with a few of the incident words, not all of them.
            return WORDS[TOPIC.get()[random.nextInt(TOPIC.get().length)]];
        }
        int rank = (int) Math.exp(random.nextDouble() * Math.log(8000));
        StringBuilder w = new StringBuilder();
        for (int n = rank; n > 0 || w.length() == 0; n /= SYLLABLES.length) {
            w.append(SYLLABLES[n % SYLLABLES.length]);
        }
        return rank % 7 == 0 ? w + "-" + (rank % 100) : w.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(word(random));
        }
        return out.append('.').toString();
    }

    /** {@code java ... GeneratedLibrary FOLDER [COUNT] [SEED]}: writes a library to look at. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 300, args.length > 2 ? Long.parseLong(args[2]) : 1);
    }
}
