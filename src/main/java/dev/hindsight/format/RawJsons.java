package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.model.RawJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Turns JSON trees into the model's {@link RawJson} and back, keeping number literals as written.
 * A report may hold half of a surrogate pair (the escape {@code "\\ud800"} is valid JSON); a
 * RawJson's text writes such a half as its escape, never as the bare character, which no UTF-8
 * writer can encode ({@code hindsight diff --format json} failed on it).
 */
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
        return of(text.toString());
    }

    /** The JSON text {@code json}, written by a generator, with every lone surrogate written as its escape. */
    static RawJson of(String json) {
        return new RawJson(escapeLoneSurrogates(json));
    }

    static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            // Outside strings a generator writes only ASCII, so this half is inside a string.
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
        return out == null ? json : out.toString();
    }

    /** The tree of a value; {@code source} names it if it is not JSON (which a RawJson made here always is). */
    static JsonNode tree(RawJson value) throws ReportFormatException {
        return new JsonTreeReader("a merge conflict's value", FormatLimits.DEFAULT).read(value.text());
    }
}
