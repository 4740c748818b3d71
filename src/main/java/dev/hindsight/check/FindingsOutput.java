package dev.hindsight.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints findings for people ({@code FILE: PLACE: RULE: message}, one line each, like
 * {@code validate}) or for tools: one JSON document, {@code {"findings": [{"file", "path",
 * "rule", "severity", "message", "text", "start", "end", "suggestions"}]}}, where {@code start}
 * and {@code end} are null for a finding that is not about words.
 */
public final class FindingsOutput {
    private static final JsonFactory JSON = new JsonFactory();

    /** A finding with the file it was found in, as the file was named on the command line. */
    public record FileFinding(String file, Finding finding) {
    }

    private FindingsOutput() {
    }

    public static void text(List<FileFinding> findings, PrintWriter out) {
        for (FileFinding f : findings) {
            Finding x = f.finding();
            String suggestions = x.suggestions().isEmpty() ? "" : " (suggestions: " + String.join(", ", x.suggestions()) + ")";
            out.println(f.file() + ": " + x.place() + ": " + x.rule() + ": " + x.message() + suggestions);
        }
        out.flush();
    }

    public static void json(List<FileFinding> findings, OutputStream out) throws IOException {
        try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeArrayFieldStart("findings");
            for (FileFinding f : findings) {
                Finding x = f.finding();
                gen.writeStartObject();
                gen.writeStringField("file", f.file());
                gen.writeStringField("path", x.path());
                gen.writeStringField("rule", x.rule());
                gen.writeStringField("severity", x.severity().code());
                gen.writeStringField("message", x.message());
                gen.writeStringField("text", x.text());
                if (x.isAboutWords()) {
                    gen.writeNumberField("start", x.start());
                    gen.writeNumberField("end", x.end());
                } else {
                    gen.writeNullField("start");
                    gen.writeNullField("end");
                }
                gen.writeArrayFieldStart("suggestions");
                for (String s : x.suggestions()) {
                    gen.writeString(s);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
