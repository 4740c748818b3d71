package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.model.RawJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Turns JSON trees into the model's {@link RawJson} and back, keeping number literals as written. */
final class RawJsons {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RawJsons() {
    }

    static RawJson of(JsonNode node) {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(text)) {
            JsonTrees.write(gen, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new RawJson(text.toString());
    }

    /** The tree of a value; {@code source} names it if it is not JSON (which a RawJson made here always is). */
    static JsonNode tree(RawJson value) throws ReportFormatException {
        return new JsonTreeReader("a merge conflict's value", FormatLimits.DEFAULT).read(value.text());
    }
}
