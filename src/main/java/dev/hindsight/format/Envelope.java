package dev.hindsight.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** The two required keys that make a JSON file a report: {@code format} and {@code formatVersion}. */
final class Envelope {
    static final String FORMAT = "format";
    static final String VERSION = "formatVersion";
    static final String FORMAT_NAME = "postmortem-report";

    private Envelope() {
    }

    /** The root object of a report, or a refusal saying why this JSON is not one. */
    static ObjectNode root(JsonNode tree, Decoding decoding) throws ReportFormatException {
        if (!tree.isObject()) {
            throw decoding.refusal("", "not a Hindsight report: expected a JSON object with \"format\": \""
                    + FORMAT_NAME + "\", found " + Describe.found(tree));
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode format = root.get(FORMAT);
        if (format == null) {
            throw decoding.refusal("", "not a Hindsight report: the key \"format\" is missing (expected \"format\": \""
                    + FORMAT_NAME + "\")");
        }
        if (!FORMAT_NAME.equals(format.textValue())) {
            throw decoding.refusal(FORMAT, "not a Hindsight report: expected \"" + FORMAT_NAME + "\", found "
                    + Describe.found(format));
        }
        return root;
    }

    /** The file's {@code formatVersion}: a whole number of at least 1. */
    static int version(ObjectNode root, Decoding decoding) throws ReportFormatException {
        JsonNode v = root.get(VERSION);
        String expected = "a whole number of at least 1";
        if (v == null) {
            throw decoding.refusal("", "the key \"formatVersion\" is missing (expected " + expected + ", 1 for this version)");
        }
        String literal = JsonNumbers.literal(v);
        if (literal == null) {
            throw decoding.wrongValue(VERSION, expected, v);
        }
        BigDecimal number = new BigDecimal(literal);
        try {
            int version = number.intValueExact();
            if (version >= 1) {
                return version;
            }
        } catch (ArithmeticException e) {
            // not whole, or too large: refused below
        }
        throw decoding.wrongValue(VERSION, expected, v);
    }
}
