package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The state of one decoding: the source name for refusals and the warnings gathered so far. */
final class Decoding {
    static final ObjectNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();

    private final String source;
    private final List<FormatWarning> warnings = new ArrayList<>();

    Decoding(String source) {
        this.source = source;
    }

    ReportFormatException refusal(String path, String problem) {
        return new ReportFormatException(source, path, 0, 0, problem);
    }

    ReportFormatException wrongValue(String path, String expected, JsonNode found) {
        return refusal(path, "expected " + expected + ", found " + Describe.found(found));
    }

    void warn(FormatWarning.Kind kind, String path, String message) {
        warnings.add(new FormatWarning(kind, path, message));
    }

    List<FormatWarning> warnings() {
        return warnings;
    }
}
