package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses JSON text into a Jackson tree, refusing what the format forbids (duplicate keys,
 * trailing content, text past the limits) with the line and column. Numbers are kept as
 * their literal text ({@link JsonNumbers}) so that unknown values are written back exactly.
 * The limits are checked here, not by the parser, so that every refusal is in our words;
 * text that is not JSON is explained by {@link JsonSyntax}.
 */
final class JsonTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final FormatLimits limits;
    private final JsonFactory factory;
    private int items;
    /** Short number nodes, shared: they are immutable, and a file of {@code 0,0,0,...} then costs a reference each. */
    private final Map<String, JsonNode> shortNumbers = new HashMap<>();

    JsonTreeReader(String source, FormatLimits limits) {
        this.source = source;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                // One level more than the limit, so that this reader sees the level too deep and
                // refuses it itself. Strings, numbers and keys are bounded by the file size and
                // measured below: the parser never turns a number literal into a value.
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .build())
                .build();
    }

    JsonNode read(String text) throws ReportFormatException {
        if (text.isBlank()) {
            throw new ReportFormatException(source, null, 0, 0, "the file is empty: expected a JSON report");
        }
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ReportFormatException(source, null, 0, 0, "the file is empty: expected a JSON report");
            }
            JsonNode root = value(parser, first, Where.ROOT);
            if (parser.nextToken() != null) {
                throw refusal(parser.currentTokenLocation(), "unexpected content after the end of the JSON document");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Not reached with the constraints above; worded all the same, without the parser's words.
            throw refusal(parser == null ? null : parser.currentLocation(), "the file goes beyond a limit of the reader");
        } catch (JsonEOFException e) {
            throw refusal(e.getLocation(), "the file ends in the middle of the JSON (is it truncated?)");
        } catch (JsonProcessingException e) {
            JsonSyntax.Mistake mistake = JsonSyntax.explain(text);
            if (mistake == null) {
                throw refusal(e.getLocation(), "this is not valid JSON here");
            }
            throw new ReportFormatException(source, null, mistake.line(), mistake.column(), mistake.problem());
        } catch (IOException e) {
            throw new ReportFormatException(source, null, 0, 0, "could not be read: " + IoMessages.describe(e));
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // a parser over a string has nothing to release
            }
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token, Where where)
            throws IOException, ReportFormatException {
        count(parser);
        switch (token) {
            case START_OBJECT:
                checkDepth(parser, where);
                return object(parser, where);
            case START_ARRAY:
                checkDepth(parser, where);
                return array(parser, where);
            case VALUE_STRING:
                checkLength(parser, parser.getTextLength(), limits.maxStringLength(), "a string");
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                checkLength(parser, parser.getTextLength(), limits.maxNumberLength(), "a number");
                return number(parser.getText());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw refusal(parser.currentTokenLocation(), "this is not valid JSON here");
        }
    }

    /** {@code where} is the container's parent: the container itself is one level deeper. */
    private void checkDepth(JsonParser parser, Where where) throws ReportFormatException {
        if (where.depth + 1 > limits.maxDepth()) {
            throw refusal(parser.currentTokenLocation(), "the JSON is nested deeper than the limit of "
                    + limits.maxDepth() + " levels");
        }
    }

    private void checkLength(JsonParser parser, int length, int limit, String what) throws ReportFormatException {
        if (length > limit) {
            throw refusal(parser.currentTokenLocation(), String.format(Locale.ROOT,
                    "%s is longer than the limit of %,d characters", what, limit));
        }
    }

    private JsonNode number(String literal) {
        if (literal.length() > 6 || shortNumbers.size() > 4096) {
            return JsonNumbers.node(literal);
        }
        return shortNumbers.computeIfAbsent(literal, JsonNumbers::node);
    }

    /** Counts a key or value against the limit: each costs memory in the tree however short it is written. */
    private void count(JsonParser parser) throws ReportFormatException {
        if (++items > limits.maxItems()) {
            throw refusal(parser.currentTokenLocation(), String.format(Locale.ROOT,
                    "the file holds more than the limit of %,d keys and values", limits.maxItems()));
        }
    }

    private ObjectNode object(JsonParser parser, Where where) throws IOException, ReportFormatException {
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            count(parser);
            String name = parser.currentName();
            checkLength(parser, name.length(), limits.maxNameLength(), "a key");
            JsonLocation at = parser.currentTokenLocation();
            JsonNode value = value(parser, parser.nextToken(), new Where(where, name, -1));
            if (node.has(name)) {
                String object = where == Where.ROOT ? "the report" : where.toString();
                throw refusal(at, "the key \"" + Describe.clip(name) + "\" appears twice in " + object
                        + "; each key may appear only once");
            }
            node.set(name, value);
        }
        return node;
    }

    private ArrayNode array(JsonParser parser, Where where) throws IOException, ReportFormatException {
        ArrayNode node = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            node.add(value(parser, token, new Where(where, null, node.size())));
        }
        return node;
    }

    /** The path of a value, built only as far as a refusal needs it. */
    private static final class Where {
        static final Where ROOT = new Where(null, null, -1);

        private final Where parent;
        private final String key;
        private final int index;
        /** How many objects and lists hold this value: 0 for the root. */
        private final int depth;

        Where(Where parent, String key, int index) {
            this.parent = parent;
            this.key = key;
            this.index = index;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String up = parent.toString();
            if (key == null) {
                return up + "[" + index + "]";
            }
            return up.isEmpty() ? key : up + "." + key;
        }
    }

    private ReportFormatException refusal(JsonLocation at, String problem) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new ReportFormatException(source, null, line, column, problem);
    }
}
