package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hindsight.model.Classification;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.util.List;

/** Writes the version-2 keys of a report, every one of them, in {@link Version2Keys} order. */
final class Version2Encoder {
    private Version2Encoder() {
    }

    static void write(JsonGenerator gen, Report r) throws IOException {
        gen.writeStringField(Version2Keys.LANGUAGE, r.language());
        Classification c = r.classification();
        strings(gen, Version2Keys.TAGS, c.tags());
        strings(gen, Version2Keys.AFFECTED_SERVICES, c.affectedServices());
        gen.writeArrayFieldStart(Version2Keys.CONTRIBUTING_FACTORS);
        for (ContributingFactor f : c.contributingFactors()) {
            gen.writeStartObject();
            gen.writeStringField("category", f.category());
            gen.writeStringField("description", f.description());
            ReportEncoder.extras(gen, f.extras());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        strings(gen, Version2Keys.RELATED_INCIDENTS, c.relatedIncidents());
        gen.writeBooleanField(Version2Keys.NEAR_MISS, c.nearMiss());
        strings(gen, Version2Keys.REVIEW_CHECKLIST, r.review().checklist());
        gen.writeArrayFieldStart(Version2Keys.DISMISSED_FINDINGS);
        for (Dismissal d : r.review().dismissed()) {
            gen.writeStartObject();
            gen.writeStringField("rule", d.rule());
            gen.writeStringField("path", d.path());
            gen.writeStringField("text", d.text());
            ReportEncoder.extras(gen, d.extras());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart(Version2Keys.COMMENTS);
        for (Comment comment : r.comments()) {
            comment(gen, comment);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart(Version2Keys.MERGE_CONFLICTS);
        for (MergeConflict m : r.mergeConflicts()) {
            gen.writeStartObject();
            gen.writeStringField("path", m.path());
            raw(gen, "base", m.base());
            raw(gen, "ours", m.ours());
            raw(gen, "theirs", m.theirs());
            ReportEncoder.extras(gen, m.extras());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart(Version2Keys.PICTURES);
        for (Picture p : r.pictures()) {
            picture(gen, p);
        }
        gen.writeEndArray();
    }

    private static void comment(JsonGenerator gen, Comment c) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", c.id());
        gen.writeStringField("author", c.author());
        ReportEncoder.instant(gen, "createdAt", c.createdAt());
        gen.writeStringField("text", c.text());
        gen.writeStringField("path", c.path());
        gen.writeStringField("quote", c.quote());
        gen.writeBooleanField("resolved", c.resolved());
        gen.writeArrayFieldStart("replies");
        for (CommentReply reply : c.replies()) {
            gen.writeStartObject();
            gen.writeStringField("author", reply.author());
            ReportEncoder.instant(gen, "createdAt", reply.createdAt());
            gen.writeStringField("text", reply.text());
            ReportEncoder.extras(gen, reply.extras());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        ReportEncoder.extras(gen, c.extras());
        gen.writeEndObject();
    }

    private static void picture(JsonGenerator gen, Picture p) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("name", p.name());
        gen.writeStringField("mediaType", p.mediaType());
        gen.writeStringField("sha256", p.sha256());
        gen.writeNumberField("width", p.width());
        gen.writeNumberField("height", p.height());
        gen.writeArrayFieldStart("data");
        String data = p.base64();
        for (int at = 0; at < data.length(); at += Version2Keys.PICTURE_CHUNK) {
            gen.writeString(data.substring(at, Math.min(data.length(), at + Version2Keys.PICTURE_CHUNK)));
        }
        gen.writeEndArray();
        ReportEncoder.extras(gen, p.extras());
        gen.writeEndObject();
    }

    private static void strings(JsonGenerator gen, String key, List<String> values) throws IOException {
        gen.writeArrayFieldStart(key);
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }

    private static void raw(JsonGenerator gen, String key, RawJson value) throws IOException {
        gen.writeFieldName(key);
        try {
            JsonTrees.write(gen, RawJsons.tree(value));
        } catch (ReportFormatException e) {
            throw new IllegalArgumentException("a merge conflict's " + key + " is not JSON: " + e.getMessage(), e);
        }
    }
}
