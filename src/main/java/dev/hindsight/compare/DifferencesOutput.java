package dev.hindsight.compare;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.RawJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints differences for people, section by section, or for tools as one JSON document:
 * {@code {"differences": [{"path", "change", "ours", "theirs"}]}} with the values as JSON values
 * ({@code null} where a copy has nothing), and for lines of prose also {@code "oursLine"} and
 * {@code "theirsLine"}, where those lines begin in each copy.
 */
public final class DifferencesOutput {
    private static final JsonFactory JSON = new JsonFactory();

    private DifferencesOutput() {
    }

    public static void text(List<Difference> differences, PrintWriter out) {
        for (Map.Entry<Section, List<Difference>> section : ReportDiff.bySection(differences).entrySet()) {
            out.println(section.getKey().label());
            for (Difference d : section.getValue()) {
                describe(d, out);
            }
        }
        out.flush();
    }

    private static void describe(Difference d, PrintWriter out) {
        if (d.isAboutLines()) {
            out.println("  " + d.path() + ", line " + d.oursLine() + (d.theirsLine() != d.oursLine()
                    ? " (line " + d.theirsLine() + " in theirs)" : "") + ": " + d.change().code());
            lines("    - ", d.ours(), d.path(), out);
            lines("    + ", d.theirs(), d.path(), out);
            return;
        }
        String what = switch (d.change()) {
            case ADDED -> "added: " + d.theirs().text();
            case REMOVED -> "removed: " + d.ours().text();
            case MOVED -> "moved from position " + d.ours().text() + " to " + d.theirs().text() + " (" + d.theirsPath()
                    + " in theirs)";
            case CHANGED -> "changed: " + d.ours().text() + " → " + d.theirs().text()
                    + (d.theirsPath().equals(d.path()) ? "" : " (" + d.theirsPath() + " in theirs)");
        };
        out.println("  " + d.path() + ": " + what);
    }

    private static void lines(String mark, RawJson text, String path, PrintWriter out) {
        if (text.equals(RawJson.NULL)) {
            return;
        }
        try {
            for (String line : Prose.lines(ValueCodecs.STRING.read(text, path))) {
                out.println(mark + line);
            }
        } catch (ReportFormatException e) {
            out.println(mark + text.text());
        }
    }

    public static void json(List<Difference> differences, OutputStream out) throws IOException {
        try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeArrayFieldStart("differences");
            for (Difference d : differences) {
                gen.writeStartObject();
                gen.writeStringField("path", d.path());
                gen.writeStringField("change", d.change().code());
                gen.writeFieldName("ours");
                gen.writeRawValue(d.ours().text());
                gen.writeFieldName("theirs");
                gen.writeRawValue(d.theirs().text());
                if (d.isAboutLines()) {
                    gen.writeNumberField("oursLine", d.oursLine());
                    gen.writeNumberField("theirsLine", d.theirsLine());
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
