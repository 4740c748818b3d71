package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random report files as JSON trees, the way other programs and later versions write them:
 * any subset of the known keys, in any order, with unknown keys at every level (top,
 * summary, timeline entries, measures, action items) and any format version from 1 up.
 * Each tree remembers the unknown members it put in each object, to check they survive.
 */
final class RandomReportTrees {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ALPHABET = "aZ 09\t\n\"\\/{}[]:,.é日本語עבריתΩЖ😀\u0000\u001f\u2028";
    private static final String[] NUMBERS = {"0", "-0", "1", "1.10", "1e5", "2.50E-3", "-7", "12345678901234567890123",
        "0.000", "1E+2"};

    /** A generated file: its bytes, and per object path the unknown members it holds, in file order. */
    record Generated(byte[] bytes, Map<String, Map<String, JsonNode>> unknown, int formatVersion) {
    }

    private final Random random;

    RandomReportTrees(long seed) {
        this.random = new Random(seed);
    }

    Generated next() {
        Map<String, Map<String, JsonNode>> unknown = new LinkedHashMap<>();
        int version = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(4);
        Map<String, Supplier<JsonNode>> known = new LinkedHashMap<>();
        known.put("title", this::text);
        known.put("incidentId", this::text);
        known.put("severity", () -> code("SEV1", "SEV2", "SEV3", "SEV4", "SEV5", null, "sev1"));
        known.put("status", () -> code("draft", "in-review", "final", "acknowledged"));
        known.put("confidentiality", this::text);
        known.put("authors", this::strings);
        known.put("timeZone", () -> code("UTC", "Europe/Paris", "Asia/Kolkata"));
        known.put("createdAt", this::instant);
        known.put("updatedAt", this::instant);
        known.put("summary", () -> summary(unknown));
        known.put("timeline", () -> list(i -> entry(unknown, i), 6));
        known.put("rootCause", this::text);
        known.put("resolution", this::text);
        known.put("measures", () -> measures(unknown));
        known.put("closingRemarks", this::text);
        ObjectNode root = object("", known, unknown);
        // The envelope goes first or anywhere: readers must not care.
        ObjectNode file = F.objectNode();
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        root.properties().forEach(members::add);
        members.add(random.nextInt(members.size() + 1), Map.entry(Envelope.FORMAT, F.textNode(Envelope.FORMAT_NAME)));
        members.add(random.nextInt(members.size() + 1),
                Map.entry(Envelope.VERSION, JsonNumbers.node(Integer.toString(version))));
        members.forEach(e -> file.set(e.getKey(), e.getValue()));
        try {
            return new Generated(MAPPER.writeValueAsBytes(file), unknown, version);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode summary(Map<String, Map<String, JsonNode>> unknown) {
        Map<String, Supplier<JsonNode>> known = new LinkedHashMap<>();
        known.put("startedAt", this::instant);
        known.put("endedAt", this::instant);
        known.put("impact", this::text);
        known.put("usersAffectedPercent", () -> random.nextInt(4) == 0 ? F.nullNode()
                : JsonNumbers.node(List.of("0", "100", "12.5", "0.25", "99.9999").get(random.nextInt(5))));
        known.put("rootCause", this::text);
        return object("summary", known, unknown);
    }

    private JsonNode entry(Map<String, Map<String, JsonNode>> unknown, int index) {
        Map<String, Supplier<JsonNode>> known = new LinkedHashMap<>();
        known.put("at", this::instant);
        known.put("kind", () -> code("detection", "response", "mitigation", "note", "misleading", "acknowledged"));
        known.put("text", this::text);
        return object("timeline[" + index + "]", known, unknown);
    }

    private JsonNode measures(Map<String, Map<String, JsonNode>> unknown) {
        Map<String, Supplier<JsonNode>> known = new LinkedHashMap<>();
        known.put("improvements", this::text);
        known.put("actionItems", () -> list(i -> actionItem(unknown, i), 4));
        return object("measures", known, unknown);
    }

    private JsonNode actionItem(Map<String, Map<String, JsonNode>> unknown, int index) {
        Map<String, Supplier<JsonNode>> known = new LinkedHashMap<>();
        known.put("title", this::text);
        known.put("details", this::text);
        known.put("type", () -> code("prevent", "mitigate", "detect", "process", null, "x-other"));
        known.put("owner", this::text);
        known.put("due", () -> random.nextBoolean() ? F.nullNode() : F.textNode("2024-0" + (1 + random.nextInt(9))
                + "-1" + random.nextInt(10)));
        known.put("priority", () -> code("P0", "P1", "P2", "P3", null, "P9"));
        known.put("status", () -> code("open", "in-progress", "done", "wont-do", "blocked"));
        known.put("link", this::text);
        return object("measures.actionItems[" + index + "]", known, unknown);
    }

    /**
     * An object with a random subset of {@code known} and some unknown members, shuffled. A
     * third of the objects get exactly as many unknown members as known keys are missing.
     */
    private ObjectNode object(String path, Map<String, Supplier<JsonNode>> known,
                              Map<String, Map<String, JsonNode>> unknown) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Supplier<JsonNode>> k : known.entrySet()) {
            if (random.nextInt(3) == 0) {
                missing++;
            } else {
                members.add(Map.entry(k.getKey(), k.getValue().get()));
            }
        }
        int extra = random.nextInt(3) == 0 ? missing : random.nextInt(4);
        Map<String, JsonNode> added = new LinkedHashMap<>();
        while (added.size() < extra) {
            String name = unknownName();
            if (!known.containsKey(name) && !name.equals(Envelope.FORMAT) && !name.equals(Envelope.VERSION)
                    && !added.containsKey(name)) {
                added.put(name, json(3));
            }
        }
        added.forEach((k, v) -> members.add(Map.entry(k, v)));
        Collections.shuffle(members, random);
        ObjectNode node = F.objectNode();
        Map<String, JsonNode> inOrder = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> m : members) {
            node.set(m.getKey(), m.getValue());
            if (added.containsKey(m.getKey())) {
                inOrder.put(m.getKey(), m.getValue());
            }
        }
        unknown.put(path, inOrder);
        return node;
    }

    private String unknownName() {
        switch (random.nextInt(4)) {
            case 0:
                return "x" + random.nextInt(100);
            case 1:
                // Near-misses of known keys: another case, a space, a prefix.
                return List.of("Title", "title ", "kinds", "summary2", "AT", "due_date", "", " ").get(random.nextInt(8));
            default:
                return "x-" + text().textValue();
        }
    }

    private JsonNode list(java.util.function.IntFunction<JsonNode> element, int max) {
        ArrayNode array = F.arrayNode();
        for (int i = 0, n = random.nextInt(max + 1); i < n; i++) {
            array.add(element.apply(i));
        }
        return array;
    }

    private JsonNode strings() {
        ArrayNode array = F.arrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
            array.add(text());
        }
        return array;
    }

    private JsonNode code(String... values) {
        String value = values[random.nextInt(values.length)];
        return value == null ? F.nullNode() : F.textNode(value);
    }

    private JsonNode instant() {
        if (random.nextInt(4) == 0) {
            return F.nullNode();
        }
        return F.textNode(java.time.Instant.ofEpochSecond(946_684_800L + random.nextInt(1_000_000_000)).toString());
    }

    private JsonNode text() {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
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
        return F.textNode(out.toString());
    }

    private JsonNode json(int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                return text();
            case 1:
                return JsonNumbers.node(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2:
                return F.booleanNode(random.nextBoolean());
            case 3:
                return F.nullNode();
            case 4:
                return random.nextBoolean() ? F.objectNode() : F.arrayNode();
            case 5:
                ArrayNode array = F.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(json(depth - 1));
                }
                return array;
            default:
                ObjectNode object = F.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    // Known key names inside an unknown value are just data.
                    object.set(random.nextBoolean() ? "k" + i : "title", json(depth - 1));
                }
                return object;
        }
    }
}
