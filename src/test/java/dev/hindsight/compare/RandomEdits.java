package dev.hindsight.compare;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Edits a person might make to a copy of a report, chosen by a seeded generator. */
final class RandomEdits {
    private static final String[] WORDS = {"database", "replica", "page", "alert", "checkout", "restored", "Ärger",
        "東京", "חדש", "😀", "retry", "failover", "config", "rollback", "\"quoted\"", "back\\slash"};

    private final Random random;

    RandomEdits(long seed) {
        random = new Random(seed);
    }

    Report edit(Report r, int edits) {
        Report out = r;
        for (int i = 0; i < edits; i++) {
            out = one(out);
        }
        return out;
    }

    private Report one(Report r) {
        switch (random.nextInt(12)) {
            case 0:
                return r.withTitle(r.title() + " " + word());
            case 1:
                return r.withSeverity(Severity.KNOWN.get(random.nextInt(Severity.KNOWN.size())));
            case 2:
                return r.withRootCause(proseEdit(r.rootCause()));
            case 3:
                return r.withResolution(proseEdit(r.resolution()));
            case 4:
                return Sample.timeline(r, l -> {
                    l.add(random.nextInt(l.size() + 1), new TimelineEntry(Instant.parse("2024-06-10T10:00:00Z")
                            .plusSeconds(60L * random.nextInt(600)), EntryKind.KNOWN.get(random.nextInt(8)), sentence()));
                    return l;
                });
            case 5:
                return Sample.timeline(r, l -> {
                    if (!l.isEmpty()) {
                        l.remove(random.nextInt(l.size()));
                    }
                    return l;
                });
            case 6:
                return Sample.timeline(r, l -> {
                    if (l.size() > 1) {
                        l.add(random.nextInt(l.size()), l.remove(random.nextInt(l.size())));
                    }
                    return l;
                });
            case 7:
                return Sample.timeline(r, l -> {
                    if (!l.isEmpty()) {
                        int i = random.nextInt(l.size());
                        l.set(i, l.get(i).withText(l.get(i).text() + " " + word()));
                    }
                    return l;
                });
            case 8:
                return Sample.items(r, l -> {
                    if (!l.isEmpty()) {
                        int i = random.nextInt(l.size());
                        l.set(i, l.get(i).withStatus(ActionStatus.KNOWN.get(random.nextInt(4))));
                    }
                    return l;
                });
            case 9:
                return Sample.items(r, l -> {
                    if (random.nextBoolean() && !l.isEmpty()) {
                        l.remove(random.nextInt(l.size()));
                    } else {
                        l.add(random.nextInt(l.size() + 1), Sample.item(sentence(), word()));
                    }
                    return l;
                });
            case 10:
                List<String> tags = new ArrayList<>(r.classification().tags());
                if (!tags.isEmpty() && random.nextBoolean()) {
                    tags.remove(random.nextInt(tags.size()));
                } else {
                    String tag = word();
                    if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
                return r.withClassification(r.classification().withTags(tags));
            default:
                return r.withSummary(r.summary().withImpact(proseEdit(r.summary().impact())));
        }
    }

    private String proseEdit(String text) {
        List<String> lines = new ArrayList<>(Prose.lines(text));
        int i = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> lines.add(i, sentence());
            case 1 -> lines.set(i, lines.get(i) + " " + word());
            default -> {
                if (lines.size() > 1) {
                    lines.remove(i);
                }
            }
        }
        return Prose.text(lines);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String sentence() {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(6) + 1; i > 0; i--) {
            out.append(out.length() > 0 ? " " : "").append(word());
        }
        return out.toString();
    }

    static List<ActionItem> itemsOf(Report r) {
        return r.measures().actionItems();
    }
}
