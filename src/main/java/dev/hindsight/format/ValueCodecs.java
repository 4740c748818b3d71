package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Code;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Measures;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Priority;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@link ValueCodec}s of every kind of value a report holds, written exactly as the report
 * writer writes them and read by the same code that reads a file, with the same refusals.
 */
public final class ValueCodecs {
    public static final ValueCodec<String> STRING = of(JsonGenerator::writeString, Members::string);
    public static final ValueCodec<Boolean> BOOLEAN = of(JsonGenerator::writeBoolean, Members::bool);
    public static final ValueCodec<Instant> INSTANT = of((g, v) -> g.writeString(v.toString()), Members::instant);
    public static final ValueCodec<LocalDate> DATE = of((g, v) -> g.writeString(v.toString()), Members::date);
    public static final ValueCodec<BigDecimal> PERCENT = of((g, v) -> g.writeNumber(v.toPlainString()),
            Members::percent);
    public static final ValueCodec<List<String>> STRINGS = of(ValueCodecs::strings, Members::strings);
    public static final ValueCodec<Severity> SEVERITY = code(Severity.KNOWN, Severity::new, null, true);
    public static final ValueCodec<ReportStatus> REPORT_STATUS =
            code(ReportStatus.KNOWN, ReportStatus::new, ReportStatus.DRAFT, false);
    public static final ValueCodec<EntryKind> ENTRY_KIND = code(EntryKind.KNOWN, EntryKind::new, EntryKind.NOTE, false);
    public static final ValueCodec<ActionType> ACTION_TYPE = code(ActionType.KNOWN, ActionType::new, null, true);
    public static final ValueCodec<Priority> PRIORITY = code(Priority.KNOWN, Priority::new, null, true);
    public static final ValueCodec<ActionStatus> ACTION_STATUS =
            code(ActionStatus.KNOWN, ActionStatus::new, ActionStatus.OPEN, false);
    public static final ValueCodec<Summary> SUMMARY = of(ReportEncoder::summaryValue,
            (m, key) -> new ReportDecoder(m.decoding()).summary(m.object(key)));
    public static final ValueCodec<Measures> MEASURES = of(ReportEncoder::measuresValue,
            (m, key) -> new ReportDecoder(m.decoding()).measures(m.object(key)));
    public static final ValueCodec<TimelineEntry> TIMELINE_ENTRY = of(ReportEncoder::entry,
            (m, key) -> new ReportDecoder(m.decoding()).entry(m.object(key)));
    public static final ValueCodec<ActionItem> ACTION_ITEM = of(ReportEncoder::actionItem,
            (m, key) -> new ReportDecoder(m.decoding()).actionItem(m.object(key)));
    public static final ValueCodec<ContributingFactor> CONTRIBUTING_FACTOR = of(Version2Encoder::factor,
            (m, key) -> Version2Decoder.factor(m.object(key)));
    public static final ValueCodec<Dismissal> DISMISSAL = of(Version2Encoder::dismissal,
            (m, key) -> Version2Decoder.dismissal(m.object(key)));
    public static final ValueCodec<Comment> COMMENT = of(Version2Encoder::comment,
            (m, key) -> Version2Decoder.comment(m.object(key)));
    public static final ValueCodec<CommentReply> COMMENT_REPLY = of(Version2Encoder::reply,
            (m, key) -> Version2Decoder.reply(m.object(key)));
    public static final ValueCodec<MergeConflict> MERGE_CONFLICT = of(Version2Encoder::conflict,
            (m, key) -> Version2Decoder.conflict(m.object(key)));
    public static final ValueCodec<Picture> PICTURE = of(Version2Encoder::picture,
            (m, key) -> new Version2Decoder(m.decoding()).picture(m.object(key)));
    /** The value of an unknown key, opaque to the model ({@link dev.hindsight.model.Extras}). */
    public static final ValueCodec<Object> UNKNOWN = new ValueCodec<>() {
        @Override
        public RawJson write(Object value) {
            return RawJsons.of((JsonNode) value);
        }

        @Override
        public Object read(RawJson json, String path) throws ReportFormatException {
            return tree(json, path);
        }
    };

    private static final JsonFactory FACTORY = new JsonFactory();

    private ValueCodecs() {
    }

    /** Whether two JSON values are the same value, whatever their layout and member order. */
    public static boolean equivalent(RawJson a, RawJson b) {
        if (a.text().equals(b.text())) {
            return true;
        }
        try {
            return tree(a, "a").equals(tree(b, "b"));
        } catch (ReportFormatException e) {
            return false;
        }
    }

    /** A list of values, each written and read by {@code element}; refusals name {@code path[i]}. */
    public static <T> ValueCodec<List<T>> listOf(ValueCodec<T> element) {
        return new ValueCodec<>() {
            @Override
            public RawJson write(List<T> values) {
                StringBuilder out = new StringBuilder("[");
                for (T v : values) {
                    out.append(out.length() > 1 ? "," : "").append(element.write(v).text());
                }
                return new RawJson(out.append(']').toString());
            }

            @Override
            public List<T> read(RawJson json, String path) throws ReportFormatException {
                JsonNode tree = tree(json, path);
                if (!tree.isArray()) {
                    throw new Decoding("the value").wrongValue(path, "a list", tree);
                }
                List<T> out = new ArrayList<>(tree.size());
                for (int i = 0; i < tree.size(); i++) {
                    out.add(element.read(RawJsons.of(tree.get(i)), path + "[" + i + "]"));
                }
                return out;
            }
        };
    }

    private interface Writer<T> {
        void write(JsonGenerator gen, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(Members wrapper, String key) throws ReportFormatException;
    }

    private static <T> ValueCodec<T> of(Writer<T> writer, Reader<T> reader) {
        return new ValueCodec<>() {
            @Override
            public RawJson write(T value) {
                if (value == null) {
                    return RawJson.NULL;
                }
                StringWriter text = new StringWriter();
                try (JsonGenerator gen = FACTORY.createGenerator(text)) {
                    writer.write(gen, value);
                } catch (IOException e) {
                    throw new UncheckedIOException("writing to memory failed", e);
                }
                return RawJsons.of(text.toString());
            }

            @Override
            public T read(RawJson json, String path) throws ReportFormatException {
                // The value becomes the one member of an object, named by its path, so that the
                // readers of a file read it and word their refusals with that path.
                ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
                wrapper.set(path, tree(json, path));
                return reader.read(new Members(wrapper, "", new Decoding("the value")), path);
            }
        };
    }

    private static <C extends Code> ValueCodec<C> code(List<C> known, Function<String, C> make, C fallback,
                                                      boolean nullable) {
        return of((g, v) -> g.writeString(v.code()), (m, key) -> m.code(key, known, make, fallback, nullable));
    }

    private static void strings(JsonGenerator gen, List<String> values) throws IOException {
        gen.writeStartArray();
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }

    private static JsonNode tree(RawJson json, String path) throws ReportFormatException {
        try {
            return RawJsons.tree(json);
        } catch (ReportFormatException e) {
            throw new ReportFormatException("the value", path, 0, 0, "is not JSON: " + e.problem());
        }
    }
}
