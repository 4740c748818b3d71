package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Code;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a report in canonical form, byte for byte as the format description defines it:
 * two-space indentation, {@code "key": value}, known keys in table order, unknown keys after
 * them in the order they were read, a final newline. The version written is
 * {@link FormatVersions#written}; the version-2 keys are written, all of them, when it is 2 or more.
 */
public final class ReportEncoder {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    public byte[] encode(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + report.timeline().size() * 160);
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(prettyPrinter());
            report(gen, report);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentArraysWith(INDENT);
        printer.indentObjectsWith(INDENT);
        return printer;
    }

    private void report(JsonGenerator gen, Report r) throws IOException {
        gen.writeStartObject();
        gen.writeStringField(Envelope.FORMAT, Envelope.FORMAT_NAME);
        int version = FormatVersions.written(r);
        gen.writeNumberField(Envelope.VERSION, version);
        gen.writeStringField("title", r.title());
        gen.writeStringField("incidentId", r.incidentId());
        code(gen, "severity", r.severity());
        code(gen, "status", r.status());
        gen.writeStringField("confidentiality", r.confidentiality());
        gen.writeArrayFieldStart("authors");
        for (String author : r.authors()) {
            gen.writeString(author);
        }
        gen.writeEndArray();
        gen.writeStringField("timeZone", r.timeZone());
        instant(gen, "createdAt", r.createdAt());
        instant(gen, "updatedAt", r.updatedAt());
        summary(gen, r.summary());
        gen.writeArrayFieldStart("timeline");
        for (TimelineEntry e : r.timeline()) {
            entry(gen, e);
        }
        gen.writeEndArray();
        gen.writeStringField("rootCause", r.rootCause());
        gen.writeStringField("resolution", r.resolution());
        measures(gen, r.measures());
        gen.writeStringField("closingRemarks", r.closingRemarks());
        if (version >= 2) {
            Version2Encoder.write(gen, r);
        }
        extras(gen, r.extras());
        gen.writeEndObject();
    }

    private void summary(JsonGenerator gen, Summary s) throws IOException {
        gen.writeObjectFieldStart("summary");
        instant(gen, "startedAt", s.startedAt());
        instant(gen, "endedAt", s.endedAt());
        gen.writeStringField("impact", s.impact());
        percent(gen, s.usersAffectedPercent());
        gen.writeStringField("rootCause", s.rootCause());
        extras(gen, s.extras());
        gen.writeEndObject();
    }

    private void entry(JsonGenerator gen, TimelineEntry e) throws IOException {
        gen.writeStartObject();
        instant(gen, "at", e.at());
        code(gen, "kind", e.kind());
        gen.writeStringField("text", e.text());
        extras(gen, e.extras());
        gen.writeEndObject();
    }

    private void measures(JsonGenerator gen, Measures m) throws IOException {
        gen.writeObjectFieldStart("measures");
        gen.writeStringField("improvements", m.improvements());
        gen.writeArrayFieldStart("actionItems");
        for (ActionItem item : m.actionItems()) {
            actionItem(gen, item);
        }
        gen.writeEndArray();
        extras(gen, m.extras());
        gen.writeEndObject();
    }

    private void actionItem(JsonGenerator gen, ActionItem a) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("title", a.title());
        gen.writeStringField("details", a.details());
        code(gen, "type", a.type());
        gen.writeStringField("owner", a.owner());
        LocalDate due = a.due();
        if (due == null) {
            gen.writeNullField("due");
        } else {
            gen.writeStringField("due", due.toString());
        }
        code(gen, "priority", a.priority());
        code(gen, "status", a.status());
        gen.writeStringField("link", a.link());
        extras(gen, a.extras());
        gen.writeEndObject();
    }

    private static void code(JsonGenerator gen, String key, Code value) throws IOException {
        if (value == null) {
            gen.writeNullField(key);
        } else {
            gen.writeStringField(key, value.code());
        }
    }

    static void instant(JsonGenerator gen, String key, Instant value) throws IOException {
        if (value == null) {
            gen.writeNullField(key);
        } else {
            gen.writeStringField(key, value.toString());
        }
    }

    private static void percent(JsonGenerator gen, BigDecimal value) throws IOException {
        gen.writeFieldName("usersAffectedPercent");
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.toPlainString());
        }
    }

    static void extras(JsonGenerator gen, Extras extras) throws IOException {
        for (Map.Entry<String, Object> member : extras.members().entrySet()) {
            gen.writeFieldName(member.getKey());
            JsonTrees.write(gen, (JsonNode) member.getValue());
        }
    }
}
