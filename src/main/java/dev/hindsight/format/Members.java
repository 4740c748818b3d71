package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.Code;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Percent;
import dev.hindsight.model.RawJson;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the members of one JSON object of a report, typed, with defaults for missing keys
 * and refusals that name the path. What it was not asked for becomes the object's {@link Extras}.
 */
final class Members {
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().append(DateTimeFormatter.ISO_OFFSET_DATE_TIME).toFormatter();
    private static final String INSTANT_EXAMPLE = "an instant with a zone offset, such as \"2024-06-10T11:00:00Z\"";

    private static final int MAX_PERCENT_DECIMALS = 10;

    private final ObjectNode node;
    private final String path;
    private final Decoding decoding;
    private final Set<String> asked = new HashSet<>();

    Members(ObjectNode node, String path, Decoding decoding) {
        this.node = node;
        this.path = path;
        this.decoding = decoding;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    JsonNode get(String key) {
        asked.add(key);
        return node.get(key);
    }

    String string(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return "";
        }
        if (!v.isTextual()) {
            throw decoding.wrongValue(path(key), "a string", v);
        }
        return v.textValue();
    }

    List<String> strings(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw decoding.wrongValue(path(key), "a list of strings", v);
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw decoding.wrongValue(path(key) + "[" + i + "]", "a string", e);
            }
            out.add(e.textValue());
        }
        return out;
    }

    boolean bool(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw decoding.wrongValue(path(key), "true or false", v);
        }
        return v.booleanValue();
    }

    /** A whole number from 0 to {@code max}; a missing key reads as 0. */
    int count(String key, int max) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return 0;
        }
        String literal = JsonNumbers.literal(v);
        String expected = "a whole number from 0 to " + max;
        if (literal == null) {
            throw decoding.wrongValue(path(key), expected, v);
        }
        try {
            int n = new BigDecimal(literal).intValueExact();
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (ArithmeticException e) {
            // a fraction, or beyond an int: refused below
        }
        throw decoding.wrongValue(path(key), expected, v);
    }

    /** Any JSON value, as compact text; a missing key reads as {@code null}. */
    RawJson raw(String key) {
        JsonNode v = get(key);
        return v == null ? RawJson.NULL : RawJsons.of(v);
    }

    Instant instant(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw decoding.wrongValue(path(key), INSTANT_EXAMPLE + ", or null", v);
        }
        try {
            return OffsetDateTime.parse(v.textValue(), INSTANT).toInstant();
        } catch (DateTimeException e) {
            String found = Describe.found(v);
            if (lacksOffset(v.textValue())) {
                found += ", which has no zone offset (add Z for UTC, or +02:00)";
            }
            throw decoding.refusal(path(key), "expected " + INSTANT_EXAMPLE + ", found " + found);
        }
    }

    private static boolean lacksOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    LocalDate date(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        String expected = "a date such as \"2024-06-30\" (YYYY-MM-DD)";
        if (!v.isTextual()) {
            throw decoding.wrongValue(path(key), expected + ", or null", v);
        }
        try {
            return LocalDate.parse(v.textValue(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw decoding.wrongValue(path(key), expected, v);
        }
    }

    BigDecimal percent(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        String literal = JsonNumbers.literal(v);
        String expected = "a number from 0 to 100 (at most " + MAX_PERCENT_DECIMALS + " decimals), or null";
        if (literal == null) {
            throw decoding.wrongValue(path(key), expected, v);
        }
        BigDecimal value = new BigDecimal(literal);
        if (!Percent.inRange(value) || value.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
            throw decoding.wrongValue(path(key), expected, v);
        }
        return value;
    }

    /** An enumeration value; unknown strings are kept and warned about, {@code fallback} stands for a missing key. */
    <C extends Code> C code(String key, List<C> known, Function<String, C> make, C fallback, boolean nullable)
            throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (v.isNull() && nullable) {
            return null;
        }
        if (!v.isTextual()) {
            String choices = known.stream().map(c -> "\"" + c.code() + "\"").collect(Collectors.joining(", "));
            throw decoding.wrongValue(path(key), "one of " + choices + (nullable ? ", or null" : ""), v);
        }
        C value = make.apply(v.textValue());
        if (!value.isKnown()) {
            decoding.warn(path(key), "\"" + Describe.clip(v.textValue()) + "\" is not a " + key
                    + " this version knows; it is kept as written");
        }
        return value;
    }

    /** A nested object; a missing key reads as an empty object. */
    Members object(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return new Members(Decoding.EMPTY_OBJECT, path(key), decoding);
        }
        if (!v.isObject()) {
            throw decoding.wrongValue(path(key), "an object", v);
        }
        return new Members((ObjectNode) v, path(key), decoding);
    }

    /** The elements of an array of objects; a missing key reads as an empty list. */
    List<Members> objects(String key) throws ReportFormatException {
        JsonNode v = get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw decoding.wrongValue(path(key), "a list", v);
        }
        List<Members> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String at = path(key) + "[" + i + "]";
            if (!e.isObject()) {
                throw decoding.wrongValue(at, "an object", e);
            }
            out.add(new Members((ObjectNode) e, at, decoding));
        }
        return out;
    }

    /** Every member not asked for, in file order. */
    Extras extras() {
        if (asked.size() == node.size()) {
            return Extras.NONE;
        }
        Map<String, Object> rest = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!asked.contains(e.getKey())) {
                rest.put(e.getKey(), e.getValue());
            }
        });
        return Extras.of(rest);
    }
}
