package dev.hindsight.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose fields of a report, in the order a reader meets them: the title, the summary's impact
 * and root cause, each timeline event's text, the root cause, the resolution, the improvements,
 * each action item's title and details, the closing remarks, and each contributing factor's
 * description. These are the fields the spelling check reads and find and replace searches;
 * times, codes, owners, links and identifiers are not prose and are left out, so no replacement
 * can make a report invalid. Comments are a conversation about the report, not part of it.
 */
public final class TextPlaces {
    private static final Pattern INDEXED = Pattern.compile("(timeline|measures\\.actionItems|contributingFactors)"
            + "\\[(\\d{1,9})]\\.(text|title|details|description)");

    private TextPlaces() {
    }

    /** Every prose field of {@code report}, in reading order. */
    public static List<TextPlace> of(Report report) {
        List<TextPlace> out = new ArrayList<>(report.timeline().size() + 2 * report.measures().actionItems().size() + 12);
        out.add(title(report));
        out.add(impact(report));
        out.add(summaryRootCause(report));
        for (int i = 0; i < report.timeline().size(); i++) {
            out.add(event(report, i));
        }
        out.add(rootCause(report));
        out.add(resolution(report));
        out.add(improvements(report));
        for (int i = 0; i < report.measures().actionItems().size(); i++) {
            out.add(itemTitle(report, i));
            out.add(itemDetails(report, i));
        }
        out.add(closingRemarks(report));
        for (int i = 0; i < report.classification().contributingFactors().size(); i++) {
            out.add(factor(report, i));
        }
        return out;
    }

    /** The prose field at {@code path}, if the report has one there. */
    public static Optional<TextPlace> at(Report report, String path) {
        switch (path) {
            case "title":
                return Optional.of(title(report));
            case "summary.impact":
                return Optional.of(impact(report));
            case "summary.rootCause":
                return Optional.of(summaryRootCause(report));
            case "rootCause":
                return Optional.of(rootCause(report));
            case "resolution":
                return Optional.of(resolution(report));
            case "measures.improvements":
                return Optional.of(improvements(report));
            case "closingRemarks":
                return Optional.of(closingRemarks(report));
            default:
                return indexed(report, path);
        }
    }

    private static Optional<TextPlace> indexed(Report report, String path) {
        Matcher m = INDEXED.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        int i = Integer.parseInt(m.group(2));
        String list = m.group(1);
        String field = m.group(3);
        if (list.equals("timeline") && field.equals("text") && i < report.timeline().size()) {
            return Optional.of(event(report, i));
        }
        if (list.equals("measures.actionItems") && i < report.measures().actionItems().size()) {
            if (field.equals("title")) {
                return Optional.of(itemTitle(report, i));
            }
            if (field.equals("details")) {
                return Optional.of(itemDetails(report, i));
            }
        }
        if (list.equals("contributingFactors") && field.equals("description")
                && i < report.classification().contributingFactors().size()) {
            return Optional.of(factor(report, i));
        }
        return Optional.empty();
    }

    /**
     * The report with the texts at the given paths replaced, all in one new report (lists are
     * copied once however many of their rows change). A path that is not a prose field of the
     * report is ignored.
     */
    public static Report withTexts(Report report, Map<String, String> texts) {
        ReportBuilder b = report.builder();
        Summary summary = report.summary();
        Measures measures = report.measures();
        List<TimelineEntry> timeline = null;
        List<ActionItem> items = null;
        List<ContributingFactor> factors = null;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "title":
                    b.title(v);
                    continue;
                case "summary.impact":
                    summary = summary.withImpact(v);
                    continue;
                case "summary.rootCause":
                    summary = summary.withRootCause(v);
                    continue;
                case "rootCause":
                    b.rootCause(v);
                    continue;
                case "resolution":
                    b.resolution(v);
                    continue;
                case "measures.improvements":
                    measures = measures.withImprovements(v);
                    continue;
                case "closingRemarks":
                    b.closingRemarks(v);
                    continue;
                default:
                    break;
            }
            Matcher m = INDEXED.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            int i = Integer.parseInt(m.group(2));
            String field = m.group(3);
            switch (m.group(1)) {
                case "timeline":
                    if (field.equals("text") && i < report.timeline().size()) {
                        timeline = timeline == null ? new ArrayList<>(report.timeline()) : timeline;
                        timeline.set(i, timeline.get(i).withText(v));
                    }
                    break;
                case "measures.actionItems":
                    if (i < report.measures().actionItems().size() && (field.equals("title") || field.equals("details"))) {
                        items = items == null ? new ArrayList<>(report.measures().actionItems()) : items;
                        items.set(i, field.equals("title") ? items.get(i).withTitle(v) : items.get(i).withDetails(v));
                    }
                    break;
                default:
                    if (field.equals("description") && i < report.classification().contributingFactors().size()) {
                        factors = factors == null ? new ArrayList<>(report.classification().contributingFactors()) : factors;
                        ContributingFactor f = factors.get(i);
                        factors.set(i, new ContributingFactor(f.category(), v, f.extras()));
                    }
                    break;
            }
        }
        if (timeline != null) {
            b.timeline(timeline);
        }
        if (items != null) {
            measures = measures.withActionItems(items);
        }
        if (factors != null) {
            b.classification(report.classification().withContributingFactors(factors));
        }
        return b.summary(summary).measures(measures).build();
    }

    private static TextPlace title(Report r) {
        return new TextPlace("title", ReportSection.SUMMARY, TextPlace.Kind.PLAIN, "Title", r.title());
    }

    private static TextPlace impact(Report r) {
        return new TextPlace("summary.impact", ReportSection.SUMMARY, TextPlace.Kind.BLOCK_MARKDOWN, "Impact",
                r.summary().impact());
    }

    private static TextPlace summaryRootCause(Report r) {
        return new TextPlace("summary.rootCause", ReportSection.SUMMARY, TextPlace.Kind.BLOCK_MARKDOWN,
                "Root Cause in One Sentence", r.summary().rootCause());
    }

    private static TextPlace event(Report r, int i) {
        return new TextPlace("timeline[" + i + "].text", ReportSection.TIMELINE, TextPlace.Kind.INLINE_MARKDOWN,
                "Event " + (i + 1), r.timeline().get(i).text());
    }

    private static TextPlace rootCause(Report r) {
        return new TextPlace("rootCause", ReportSection.ROOT_CAUSE, TextPlace.Kind.BLOCK_MARKDOWN, "Root Cause",
                r.rootCause());
    }

    private static TextPlace resolution(Report r) {
        return new TextPlace("resolution", ReportSection.RESOLUTION, TextPlace.Kind.BLOCK_MARKDOWN,
                "Resolution and Recovery", r.resolution());
    }

    private static TextPlace improvements(Report r) {
        return new TextPlace("measures.improvements", ReportSection.MEASURES, TextPlace.Kind.BLOCK_MARKDOWN,
                "Improvements", r.measures().improvements());
    }

    private static TextPlace itemTitle(Report r, int i) {
        return new TextPlace("measures.actionItems[" + i + "].title", ReportSection.MEASURES,
                TextPlace.Kind.INLINE_MARKDOWN, "Action Item " + (i + 1) + " Title",
                r.measures().actionItems().get(i).title());
    }

    private static TextPlace itemDetails(Report r, int i) {
        return new TextPlace("measures.actionItems[" + i + "].details", ReportSection.MEASURES,
                TextPlace.Kind.BLOCK_MARKDOWN, "Action Item " + (i + 1) + " Details",
                r.measures().actionItems().get(i).details());
    }

    private static TextPlace closingRemarks(Report r) {
        return new TextPlace("closingRemarks", ReportSection.MEASURES, TextPlace.Kind.BLOCK_MARKDOWN,
                "Closing Remarks", r.closingRemarks());
    }

    private static TextPlace factor(Report r, int i) {
        return new TextPlace("contributingFactors[" + i + "].description", ReportSection.CLASSIFICATION,
                TextPlace.Kind.INLINE_MARKDOWN, "Contributing Factor " + (i + 1),
                r.classification().contributingFactors().get(i).description());
    }
}
