package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Words for what a file holds, for refusals: {@code the number 5}, {@code "soon"}, {@code a list}. */
final class Describe {
    private static final int MAX_SHOWN = 40;

    private Describe() {
    }

    static String found(JsonNode node) {
        String number = JsonNumbers.literal(node);
        if (number != null) {
            return "the number " + clip(number);
        }
        if (node.isTextual()) {
            return "\"" + clip(node.textValue()) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        return "null";
    }

    /** Text cut to a length that fits in a message, with control characters made visible. */
    static String clip(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_SHOWN ? out + "\u2026" : out.toString();
    }
}
