package dev.hindsight.compare;

import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Classification;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Measures;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The report as compare and merge see it: every key of the format (version 1 and 2), how its
 * value is compared, and the key it has in the file, which makes the paths. Rows of the timeline,
 * action items and contributing factors are matched by content ({@link SimilarRows}) with these
 * weights: a timeline row by its text (0.6), time (0.25, falling to nothing an hour apart) and
 * kind (0.15); an action item by its title (0.6), details (0.15), owner (0.1), link (0.1) and
 * type (0.05); a contributing factor by its description (0.7) and category (0.3). Comments are
 * matched by id, pictures by name; strings lists, dismissed findings and replies only when equal.
 */
final class ReportSchema {
    private static final Scalar<String> STRING = Scalar.of(ValueCodecs.STRING);

    static final Struct<TimelineEntry> TIMELINE_ENTRY = new Struct<>(ValueCodecs.TIMELINE_ENTRY, List.of(
            new Member<>("at", TimelineEntry::at, TimelineEntry::withAt, Scalar.of(ValueCodecs.INSTANT)),
            new Member<>("kind", TimelineEntry::kind, TimelineEntry::withKind, Scalar.of(ValueCodecs.ENTRY_KIND)),
            new Member<>("text", TimelineEntry::text, TimelineEntry::withText, STRING)),
            TimelineEntry::extras, (e, x) -> new TimelineEntry(e.at(), e.kind(), e.text(), x));

    static final Struct<ActionItem> ACTION_ITEM = new Struct<>(ValueCodecs.ACTION_ITEM, List.of(
            new Member<>("title", ActionItem::title, ActionItem::withTitle, STRING),
            new Member<>("details", ActionItem::details, ActionItem::withDetails, Prose.INSTANCE),
            new Member<>("type", ActionItem::type, ActionItem::withType, Scalar.of(ValueCodecs.ACTION_TYPE)),
            new Member<>("owner", ActionItem::owner, ActionItem::withOwner, STRING),
            new Member<>("due", ActionItem::due, ActionItem::withDue, Scalar.of(ValueCodecs.DATE)),
            new Member<>("priority", ActionItem::priority, ActionItem::withPriority, Scalar.of(ValueCodecs.PRIORITY)),
            new Member<>("status", ActionItem::status, ActionItem::withStatus, Scalar.of(ValueCodecs.ACTION_STATUS)),
            new Member<>("link", ActionItem::link, ActionItem::withLink, STRING)),
            ActionItem::extras, (a, x) -> new ActionItem(a.title(), a.details(), a.type(), a.owner(), a.due(),
                    a.priority(), a.status(), a.link(), x));

    static final Struct<ContributingFactor> FACTOR = new Struct<>(ValueCodecs.CONTRIBUTING_FACTOR, List.of(
            new Member<>("category", ContributingFactor::category,
                    (f, v) -> new ContributingFactor(v, f.description(), f.extras()), STRING),
            new Member<>("description", ContributingFactor::description,
                    (f, v) -> new ContributingFactor(f.category(), v, f.extras()), STRING)),
            ContributingFactor::extras, (f, x) -> new ContributingFactor(f.category(), f.description(), x));

    static final Struct<Comment> COMMENT = new Struct<>(ValueCodecs.COMMENT, List.of(
            new Member<>("id", Comment::id, (c, v) -> comment(c, v, c.path(), c.quote(), c.text(), c.resolved(),
                    c.replies()), STRING),
            new Member<>("author", Comment::author, (c, v) -> new Comment(c.id(), v, c.createdAt(), c.text(),
                    c.path(), c.quote(), c.resolved(), c.replies(), c.extras()), STRING),
            new Member<>("createdAt", Comment::createdAt, (c, v) -> new Comment(c.id(), c.author(), v, c.text(),
                    c.path(), c.quote(), c.resolved(), c.replies(), c.extras()), Scalar.of(ValueCodecs.INSTANT)),
            new Member<>("text", Comment::text, (c, v) -> comment(c, c.id(), c.path(), c.quote(), v, c.resolved(),
                    c.replies()), Prose.INSTANCE),
            new Member<>("path", Comment::path, (c, v) -> comment(c, c.id(), v, c.quote(), c.text(), c.resolved(),
                    c.replies()), STRING),
            new Member<>("quote", Comment::quote, (c, v) -> comment(c, c.id(), c.path(), v, c.text(), c.resolved(),
                    c.replies()), STRING),
            new Member<>("resolved", Comment::resolved, (c, v) -> comment(c, c.id(), c.path(), c.quote(), c.text(),
                    v, c.replies()), Scalar.of(ValueCodecs.BOOLEAN)),
            new Member<>("replies", Comment::replies, (c, v) -> comment(c, c.id(), c.path(), c.quote(), c.text(),
                    c.resolved(), v), new Rows<>(Scalar.of(ValueCodecs.COMMENT_REPLY), RowMatcher.<CommentReply>exact()))),
            Comment::extras, (c, x) -> new Comment(c.id(), c.author(), c.createdAt(), c.text(), c.path(), c.quote(),
                    c.resolved(), c.replies(), x));

    static final Scalar<Picture> PICTURE = Scalar.of(ValueCodecs.PICTURE,
            (a, b) -> a.sha256().equals(b.sha256()) && a.mediaType().equals(b.mediaType()) && a.width() == b.width()
                    && a.height() == b.height() && a.extras().equals(b.extras()),
            ReportSchema::pictureShown);

    static final Struct<Summary> SUMMARY = new Struct<>(ValueCodecs.SUMMARY, List.of(
            new Member<>("startedAt", Summary::startedAt, Summary::withStartedAt, Scalar.of(ValueCodecs.INSTANT)),
            new Member<>("endedAt", Summary::endedAt, Summary::withEndedAt, Scalar.of(ValueCodecs.INSTANT)),
            new Member<>("impact", Summary::impact, Summary::withImpact, Prose.INSTANCE),
            new Member<>("usersAffectedPercent", Summary::usersAffectedPercent, Summary::withUsersAffectedPercent,
                    Scalar.of(ValueCodecs.PERCENT)),
            new Member<>("rootCause", Summary::rootCause, Summary::withRootCause, Prose.INSTANCE)),
            Summary::extras, (s, x) -> new Summary(s.startedAt(), s.endedAt(), s.impact(), s.usersAffectedPercent(),
                    s.rootCause(), x));

    static final Struct<Measures> MEASURES = new Struct<>(ValueCodecs.MEASURES, List.of(
            new Member<>("improvements", Measures::improvements, Measures::withImprovements, Prose.INSTANCE),
            new Member<>("actionItems", Measures::actionItems, Measures::withActionItems,
                    new Rows<>(ACTION_ITEM, new SimilarRows<>(ActionProfile::new, ActionProfile::score)))),
            Measures::extras, (m, x) -> new Measures(m.improvements(), m.actionItems(), x));

    /** The report itself; it is never one value of a difference or conflict, so it has no codec. */
    static final Struct<Report> REPORT = new Struct<>(null, List.of(
            top("title", Report::title, Report::withTitle, STRING, Section.SUMMARY),
            top("incidentId", Report::incidentId, Report::withIncidentId, STRING, Section.SUMMARY),
            top("severity", Report::severity, Report::withSeverity, Scalar.of(ValueCodecs.SEVERITY), Section.SUMMARY),
            top("status", Report::status, Report::withStatus, Scalar.of(ValueCodecs.REPORT_STATUS), Section.SUMMARY),
            top("confidentiality", Report::confidentiality, Report::withConfidentiality, STRING, Section.SUMMARY),
            top("authors", Report::authors, Report::withAuthors, strings(), Section.SUMMARY),
            top("timeZone", Report::timeZone, Report::withTimeZone, STRING, Section.SUMMARY),
            top("createdAt", Report::createdAt, Report::withCreatedAt, Scalar.of(ValueCodecs.INSTANT), Section.SUMMARY),
            // Both copies were saved: the later save time is the merged one, never a conflict.
            top("updatedAt", Report::updatedAt, Report::withUpdatedAt,
                    Scalar.choosing(ValueCodecs.INSTANT, ReportSchema::later), Section.SUMMARY),
            top("summary", Report::summary, Report::withSummary, SUMMARY, Section.SUMMARY),
            top("timeline", Report::timeline, Report::withTimeline,
                    new Rows<>(TIMELINE_ENTRY, new SimilarRows<>(EntryProfile::new, EntryProfile::score)),
                    Section.TIMELINE),
            top("rootCause", Report::rootCause, Report::withRootCause, Prose.INSTANCE, Section.ROOT_CAUSE),
            top("resolution", Report::resolution, Report::withResolution, Prose.INSTANCE, Section.RESOLUTION),
            top("measures", Report::measures, Report::withMeasures, MEASURES, Section.MEASURES),
            top("closingRemarks", Report::closingRemarks, Report::withClosingRemarks, Prose.INSTANCE,
                    Section.CLOSING_REMARKS),
            top("language", Report::language, Report::withLanguage, STRING, Section.SUMMARY),
            classification("tags", Classification::tags, Classification::withTags, strings()),
            classification("affectedServices", Classification::affectedServices,
                    Classification::withAffectedServices, strings()),
            classification("contributingFactors", Classification::contributingFactors,
                    Classification::withContributingFactors,
                    new Rows<>(FACTOR, new SimilarRows<>(FactorProfile::new, FactorProfile::score))),
            classification("relatedIncidents", Classification::relatedIncidents,
                    Classification::withRelatedIncidents, strings()),
            classification("nearMiss", Classification::nearMiss, Classification::withNearMiss,
                    Scalar.of(ValueCodecs.BOOLEAN)),
            top("reviewChecklist", r -> r.review().checklist(),
                    (r, v) -> r.withReview(r.review().withChecklist(v)), strings(), Section.REVIEW),
            top("dismissedFindings", r -> r.review().dismissed(),
                    (Report r, List<Dismissal> v) -> r.withReview(new Review(r.review().checklist(), v)),
                    new Rows<>(Scalar.of(ValueCodecs.DISMISSAL), RowMatcher.<Dismissal>exact()), Section.REVIEW),
            top("comments", Report::comments, Report::withComments, new Rows<>(COMMENT, RowMatcher.byKey(Comment::id)),
                    Section.COMMENTS),
            top("mergeConflicts", Report::mergeConflicts, Report::withMergeConflicts,
                    new Rows<>(Scalar.of(ValueCodecs.MERGE_CONFLICT), RowMatcher.<MergeConflict>exact()),
                    Section.MERGE_CONFLICTS),
            top("pictures", Report::pictures, Report::withPictures, new Rows<>(PICTURE, RowMatcher.byKey(Picture::name)),
                    Section.PICTURES)),
            Report::extras, Report::withExtras);

    private ReportSchema() {
    }

    static Section sectionOf(String path) {
        List<Paths.Step> steps = Paths.parse(path);
        if (steps.isEmpty() || steps.get(0).isIndex()) {
            return Section.OTHER;
        }
        return REPORT.member(steps.get(0).key()).map(Member::section).orElse(Section.OTHER);
    }

    private static <V> Member<Report, V> top(String key, Function<Report, V> get, BiFunction<Report, V, Report> set,
                                             Node<V> node, Section section) {
        return new Member<>(key, get, set, node, section);
    }

    private static <V> Member<Report, V> classification(String key, Function<Classification, V> get,
                                                        BiFunction<Classification, V, Classification> set,
                                                        Node<V> node) {
        return new Member<>(key, r -> get.apply(r.classification()),
                (r, v) -> r.withClassification(set.apply(r.classification(), v)), node, Section.CLASSIFICATION);
    }

    private static Rows<String> strings() {
        return new Rows<>(STRING, RowMatcher.exact());
    }

    private static Comment comment(Comment c, String id, String path, String quote, String text, boolean resolved,
                                   List<CommentReply> replies) {
        return new Comment(id, c.author(), c.createdAt(), text, path, quote, resolved, replies, c.extras());
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    /** A picture as a difference shows it: everything but its data, which its hash stands for. */
    private static RawJson pictureShown(Picture p) {
        Picture withoutData = new Picture(p.name(), p.mediaType(), p.sha256(), p.width(), p.height(), "", p.extras());
        String json = ValueCodecs.PICTURE.write(withoutData).text();
        return new RawJson(json.replace(",\"data\":[]", ""));
    }

    private record EntryProfile(Similarity.Bigrams text, Instant at, Object kind) {
        EntryProfile(TimelineEntry e) {
            this(new Similarity.Bigrams(e.text()), e.at(), e.kind());
        }

        double score(EntryProfile o) {
            return 0.6 * text.dice(o.text) + 0.25 * Similarity.time(at, o.at) + 0.15 * Similarity.same(kind, o.kind);
        }
    }

    private record ActionProfile(Similarity.Bigrams title, Similarity.Bigrams details, String owner, String link,
                                 Object type) {
        ActionProfile(ActionItem a) {
            this(new Similarity.Bigrams(a.title()), new Similarity.Bigrams(a.details()), a.owner(), a.link(), a.type());
        }

        double score(ActionProfile o) {
            return 0.6 * title.dice(o.title) + 0.15 * details.dice(o.details) + 0.1 * Similarity.same(owner, o.owner)
                    + 0.1 * Similarity.same(link, o.link) + 0.05 * Similarity.same(type, o.type);
        }
    }

    private record FactorProfile(String category, Similarity.Bigrams description) {
        FactorProfile(ContributingFactor f) {
            this(f.category(), new Similarity.Bigrams(f.description()));
        }

        double score(FactorProfile o) {
            return 0.3 * Similarity.same(category, o.category) + 0.7 * description.dice(o.description);
        }
    }

}
