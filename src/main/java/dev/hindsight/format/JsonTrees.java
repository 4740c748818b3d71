package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/** Writes a JSON tree read by {@link JsonTreeReader} back out, numbers exactly as their literals. */
final class JsonTrees {
    private JsonTrees() {
    }

    static void write(JsonGenerator gen, JsonNode node) throws IOException {
        String number = JsonNumbers.literal(node);
        if (number != null) {
            gen.writeNumber(number);
        } else if (node.isObject()) {
            gen.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                gen.writeFieldName(field.getKey());
                write(gen, field.getValue());
            }
            gen.writeEndObject();
        } else if (node.isArray()) {
            gen.writeStartArray();
            for (JsonNode element : node) {
                write(gen, element);
            }
            gen.writeEndArray();
        } else if (node.isTextual()) {
            gen.writeString(node.textValue());
        } else if (node.isBoolean()) {
            gen.writeBoolean(node.booleanValue());
        } else if (node.isNumber()) {
            gen.writeNumber(node.asText());
        } else {
            gen.writeNull();
        }
    }
}
