package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Code;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Random but valid reports, for round-trip tests: every field, odd text, unknown values and keys. */
public final class RandomReports {
    private static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"};
    private static final String ALPHABET = "aZ 09\t\n\r\"\\/{}[]:,é日本語עבריתالعربيةΩЖ😀\u0000\u001f\u007f\u2028";

    private final Random random;

    public RandomReports(long seed) {
        this.random = new Random(seed);
    }

    public Report next() {
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            timeline.add(new TimelineEntry(instantOrNull(), code(EntryKind.KNOWN, EntryKind::new, false), text(),
                    extras()));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            items.add(new ActionItem(text(), text(), code(ActionType.KNOWN, ActionType::new, true), text(),
                    random.nextBoolean() ? null : LocalDate.ofEpochDay(random.nextInt(40_000)),
                    code(Priority.KNOWN, Priority::new, true), code(ActionStatus.KNOWN, ActionStatus::new, false),
                    text(), extras()));
        }
        Summary summary = new Summary(instantOrNull(), instantOrNull(), text(), percent(), text(), extras());
        List<String> authors = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            authors.add(text());
        }
        return new Report(1 + random.nextInt(3), text(), text(), code(Severity.KNOWN, Severity::new, true),
                code(ReportStatus.KNOWN, ReportStatus::new, false), text(), authors,
                ZONES[random.nextInt(ZONES.length)], instantOrNull(), instantOrNull(), summary, timeline, text(),
                text(), new Measures(text(), items, extras()), text(), extras());
    }

    private String text() {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int index = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(index);
            if (Character.isHighSurrogate(c)) {
                out.append(c).append(ALPHABET.charAt(index + 1));
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Instant instantOrNull() {
        if (random.nextInt(4) == 0) {
            return null;
        }
        long seconds = 946_684_800L + random.nextInt(1_000_000_000);
        int nanos = random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private BigDecimal percent() {
        return random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_001), random.nextInt(4))
                .min(BigDecimal.valueOf(100));
    }

    private <C extends Code> C code(List<C> known, Function<String, C> make, boolean nullable) {
        int pick = random.nextInt(known.size() + 2);
        if (pick < known.size()) {
            return known.get(pick);
        }
        return nullable && pick == known.size() ? null : make.apply("x-" + text());
    }

    private Extras extras() {
        if (random.nextInt(3) > 0) {
            return Extras.NONE;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            members.put("x" + i + text(), json(2));
        }
        return Extras.of(members);
    }

    private JsonNode json(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                return f.textNode(text());
            case 1:
                return JsonNumbers.node(List.of("0", "-0", "1.10", "1e5", "2.50E-3", "12345678901234567890123")
                        .get(random.nextInt(6)));
            case 2:
                return f.booleanNode(random.nextBoolean());
            case 3:
                return f.nullNode();
            case 4:
                return f.objectNode();
            case 5:
                ArrayNode array = f.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(json(depth - 1));
                }
                return array;
            default:
                ObjectNode object = f.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set("k" + i, json(depth - 1));
                }
                return object;
        }
    }
}
