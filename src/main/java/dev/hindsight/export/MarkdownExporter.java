package dev.hindsight.export;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Code;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as one Markdown document for a wiki, a GitHub issue or Confluence: a heading per
 * section, the at-a-glance block, and the timeline and action items as GFM tables. Pictures are
 * files in a folder beside the document ({@link #attachments}) with relative links, or embedded
 * as {@code data:} addresses when asked ({@link ExportOptions#embedPictures()}). The timeline
 * chart is not part of it (see docs/export.md).
 */
public final class MarkdownExporter implements ReportExporter {
    private static final int CANCEL_CHECK_ROWS = 500;

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public ExportResult export(Report report, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        MarkdownDocument doc = new MarkdownDocument(writer, MarkdownPictures.of(report, options));
        progress.update(0);
        header(report, doc);
        summary(report, doc);
        timeline(report, doc, progress);
        doc.section(Sections.ROOT_CAUSE, report.rootCause());
        doc.section(Sections.RESOLUTION, report.resolution());
        doc.section(Sections.MEASURES, report.measures().improvements());
        actionItems(report.measures().actionItems(), doc);
        if (!report.closingRemarks().isBlank()) {
            doc.section(Sections.CLOSING, report.closingRemarks());
        }
        if (CommentsSection.shown(report, options)) {
            doc.section(Sections.COMMENTS, CommentsSection.markdown(report));
        }
        writer.flush();
        progress.update(1);
        return new ExportResult(0, List.of());
    }

    /** The pictures the document links to, for the folder beside it; none when they are embedded. */
    @Override
    public List<ExportAttachment> attachments(Report report, ExportOptions options) {
        return MarkdownPictures.of(report, options).files();
    }

    private static void header(Report report, MarkdownDocument doc) throws IOException {
        doc.line("# " + MarkdownProse.heading(report.title().isBlank() ? "Untitled postmortem" : report.title()));
        doc.blank();
        StringBuilder facts = new StringBuilder("Postmortem");
        if (!report.incidentId().isBlank()) {
            facts.append(" **").append(MarkdownProse.plain(report.incidentId())).append("**");
        }
        if (report.severity() != null) {
            facts.append(" \u00B7 **").append(MarkdownProse.plain(report.severity().label())).append("**");
        }
        facts.append(" \u00B7 ").append(MarkdownProse.plain(report.status().label()));
        if (!report.confidentiality().isBlank()) {
            facts.append(" \u00B7 ").append(MarkdownProse.plain(report.confidentiality()));
        }
        doc.line(facts.toString());
        if (!report.authors().isEmpty()) {
            doc.blank();
            doc.line("By " + MarkdownProse.plain(String.join(", ", report.authors())));
        }
        doc.blank();
    }

    private static void summary(Report report, MarkdownDocument doc) throws IOException {
        Glance glance = Glance.of(report);
        doc.line("## " + Sections.SUMMARY);
        doc.blank();
        doc.line("- **Window:** " + MarkdownProse.plain(glance.window()));
        if (glance.windowUtc() != null) {
            doc.line("- **Window in UTC:** " + MarkdownProse.plain(glance.windowUtc()));
        }
        doc.line("- **Duration:** " + MarkdownProse.plain(glance.duration()));
        doc.line("- " + glance.figures().stream().map(f -> "**Time to " + f.label().toLowerCase(java.util.Locale.ROOT)
                + ":** " + MarkdownProse.plain(f.value())).collect(Collectors.joining(" \u00B7 ")));
        doc.line("- **Users affected:** " + MarkdownProse.plain(glance.usersAffected()));
        doc.listItem("**Root cause:**", report.summary().rootCause());
        doc.listItem("**Impact:**", report.summary().impact());
        doc.line("- **Action items:** " + MarkdownProse.plain(glance.actions()));
        for (Glance.Urgent u : glance.urgent()) {
            doc.line("  - " + MarkdownProse.plain(u.item().priority().label()) + " "
                    + MarkdownProse.inline(u.item().title(), doc.pictures())
                    + " (" + MarkdownProse.plain(u.owner()) + ", " + MarkdownProse.plain(u.due()) + ")");
        }
        doc.blank();
    }

    private static void timeline(Report report, MarkdownDocument doc, ExportProgress progress) throws IOException {
        TimeText times = new TimeText(report.zone());
        doc.line("## " + Sections.TIMELINE);
        doc.blank();
        List<TimelineEntry> entries = report.timeline();
        if (entries.isEmpty()) {
            doc.line("_" + Sections.NOT_WRITTEN + "_");
            doc.blank();
            return;
        }
        doc.line("Times in " + MarkdownProse.plain(times.zoneLabel(entries.get(0).at())) + ". "
                + EntryKind.KNOWN.stream().map(k -> KindColors.of(k).marker() + " " + MarkdownProse.plain(k.label()))
                        .collect(Collectors.joining(" \u00B7 ")));
        doc.blank();
        doc.line("| When | Kind | Event |");
        doc.line("|---|---|---|");
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            String when = MarkdownProse.plain(e.at() == null ? TimeText.NONE : times.date(e.at()) + " " + times.time(e.at()));
            String kind = KindColors.of(e.kind()).marker() + " " + label(e.kind());
            String text = MarkdownProse.cell(MarkdownProse.inline(e.text(), doc.pictures()));
            if (EntryKind.MISLEADING.equals(e.kind())) {
                kind = "**" + kind + "**";
                text = text.isEmpty() ? text : "_(misleading)_ " + text;
            }
            doc.line("| " + when + " | " + kind + " | " + text + " |");
            if (i % CANCEL_CHECK_ROWS == 0) {
                ExportProgress.checkCancelled();
                progress.update(0.1 + 0.8 * i / entries.size());
            }
        }
        doc.blank();
    }

    private static void actionItems(List<ActionItem> items, MarkdownDocument doc) throws IOException {
        doc.line("### " + Sections.ACTION_ITEMS);
        doc.blank();
        if (items.isEmpty()) {
            doc.line("_None yet._");
            doc.blank();
            return;
        }
        doc.line("| Priority | Action | Owner | Due | Status | Type |");
        doc.line("|---|---|---|---|---|---|");
        for (ActionItem item : items) {
            String action = "**" + MarkdownProse.cell(MarkdownProse.inline(item.title(), doc.pictures())) + "**";
            if (!item.details().isBlank()) {
                action += "<br>" + MarkdownProse.cell(MarkdownProse.block(item.details(), 3, doc.pictures()));
            }
            if (!item.link().isBlank()) {
                String link = MarkdownProse.plain(item.link());
                action += "<br>" + (dev.hindsight.markdown.Markdown.isSafeLink(item.link())
                        ? "[" + link + "](<" + MarkdownProse.destination(item.link().strip()) + ">)" : link);
            }
            doc.line("| " + label(item.priority()) + " | " + action + " | "
                    + MarkdownProse.plain(item.owner()) + " | "
                    + MarkdownProse.plain(item.due() == null ? "" : item.due().toString()) + " | " + label(item.status()) + " | "
                    + label(item.type()) + " |");
        }
        doc.blank();
    }

    private static String label(Code code) {
        return code == null ? "" : MarkdownProse.plain(code.label());
    }
}
