package dev.hindsight.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Priority;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link ReportDigest} as compact JSON, the form the cache stores it in. Only this
 * application writes it; a value it cannot read means a damaged cache, and the report is read
 * again from its file.
 */
final class DigestCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DigestCodec() {
    }

    static String write(ReportDigest d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", d.title());
        o.put("id", d.incidentId());
        o.put("severity", d.severity() == null ? null : d.severity().code());
        o.put("status", d.status().code());
        o.put("date", d.date() == null ? null : d.date().toString());
        o.put("duration", d.durationSeconds());
        o.put("detect", d.detectSeconds());
        o.put("resolve", d.resolveSeconds());
        strings(o.putArray("tags"), d.tags());
        strings(o.putArray("services"), d.services());
        ArrayNode factors = o.putArray("factors");
        d.factors().forEach(f -> factors.addObject().put("category", f.category()).put("description", f.description()));
        strings(o.putArray("related"), d.relatedIncidents());
        o.put("nearMiss", d.nearMiss());
        ArrayNode actions = o.putArray("actions");
        for (ActionDigest a : d.actions()) {
            actions.addObject().put("index", a.index()).put("title", a.title()).put("owner", a.owner())
                    .put("due", a.due() == null ? null : a.due().toString())
                    .put("priority", a.priority() == null ? null : a.priority().code())
                    .put("status", a.status().code());
        }
        return o.toString();
    }

    static ReportDigest read(String json) throws IOException {
        try {
            JsonNode o = JSON.readTree(json);
            List<ContributingFactor> factors = list(o.get("factors"),
                    f -> new ContributingFactor(f.get("category").asText(), f.get("description").asText()));
            List<ActionDigest> actions = list(o.get("actions"), a -> new ActionDigest(a.get("index").asInt(),
                    a.get("title").asText(), a.get("owner").asText(), date(a.get("due")),
                    text(a.get("priority"), Priority::new), new ActionStatus(a.get("status").asText())));
            return new ReportDigest(o.get("title").asText(), o.get("id").asText(), text(o.get("severity"), Severity::new),
                    new ReportStatus(o.get("status").asText()), date(o.get("date")), number(o.get("duration")),
                    number(o.get("detect")), number(o.get("resolve")), list(o.get("tags"), JsonNode::asText),
                    list(o.get("services"), JsonNode::asText), factors, list(o.get("related"), JsonNode::asText),
                    o.get("nearMiss").asBoolean(), actions);
        } catch (RuntimeException e) {
            throw new IOException("a cached digest cannot be read: " + e, e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>(array.size());
        array.forEach(n -> out.add(each.apply(n)));
        return out;
    }

    private static <T> T text(JsonNode node, Function<String, T> make) {
        return node == null || node.isNull() ? null : make.apply(node.asText());
    }

    private static LocalDate date(JsonNode node) {
        return text(node, LocalDate::parse);
    }

    private static Long number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }
}
