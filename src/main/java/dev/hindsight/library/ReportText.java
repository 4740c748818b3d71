package dev.hindsight.library;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Classification;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;

/** Every word of a report that search looks at: its title, and the rest as one text in the order of the report. */
record ReportText(String title, String body) {

    static ReportText of(Report report) {
        StringBuilder body = new StringBuilder();
        add(body, report.incidentId());
        report.authors().forEach(a -> add(body, a));
        add(body, report.summary().impact());
        add(body, report.summary().rootCause());
        for (TimelineEntry entry : report.timeline()) {
            add(body, entry.text());
        }
        add(body, report.rootCause());
        add(body, report.resolution());
        add(body, report.measures().improvements());
        for (ActionItem item : report.measures().actionItems()) {
            add(body, item.title());
            add(body, item.details());
            add(body, item.owner());
        }
        add(body, report.closingRemarks());
        Classification c = report.classification();
        c.tags().forEach(t -> add(body, t));
        c.affectedServices().forEach(s -> add(body, s));
        for (ContributingFactor f : c.contributingFactors()) {
            add(body, f.category());
            add(body, f.description());
        }
        c.relatedIncidents().forEach(r -> add(body, r));
        return new ReportText(report.title(), body.toString());
    }

    /** Each part on its own lines, so that a highlighted passage does not run from one part into the next. */
    private static void add(StringBuilder body, String text) {
        if (!text.isBlank()) {
            body.append(text.strip()).append("\n\n");
        }
    }
}
