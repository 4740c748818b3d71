package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * JSON numbers kept as the literal text of the file, so {@code 1.10} is written back as
 * {@code 1.10}, and turned into values only where the format gives them a meaning.
 */
final class JsonNumbers {
    private JsonNumbers() {
    }

    static JsonNode node(String literal) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(literal));
    }

    /** The literal of a number node, or null when the node is not a number. */
    static String literal(JsonNode node) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw) {
            return String.valueOf(raw.rawValue());
        }
        return null;
    }
}
