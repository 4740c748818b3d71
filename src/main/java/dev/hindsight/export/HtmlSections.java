package dev.hindsight.export;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Code;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The sections of the HTML export in the PDF's order: masthead, at a glance, timeline, prose, action items. */
final class HtmlSections {
    private static final int CANCEL_CHECK_ROWS = 500;

    private final Report report;
    private final Writer out;
    private final HtmlProse prose;

    HtmlSections(Report report, Writer out) {
        this.report = report;
        this.out = out;
        this.prose = new HtmlProse(new ShownImages(report));
    }

    void write(ReportPart part, ExportProgress progress) throws IOException {
        if (part == ReportPart.WHOLE) {
            masthead();
        }
        if (part == ReportPart.WHOLE || part == ReportPart.SUMMARY) {
            glance();
        }
        if (part == ReportPart.WHOLE || part == ReportPart.TIMELINE) {
            timeline(progress);
        }
        if (part == ReportPart.WHOLE || part == ReportPart.ROOT_CAUSE) {
            prose("root-cause", Sections.ROOT_CAUSE, report.rootCause());
        }
        if (part == ReportPart.WHOLE || part == ReportPart.RESOLUTION) {
            prose("resolution", Sections.RESOLUTION, report.resolution());
        }
        if (part == ReportPart.WHOLE || part == ReportPart.MEASURES) {
            prose("measures", Sections.MEASURES, report.measures().improvements());
            actionItems(report.measures().actionItems());
        }
        if (part == ReportPart.WHOLE && !report.closingRemarks().isBlank()) {
            prose("closing", Sections.CLOSING, report.closingRemarks());
        }
    }

    private void masthead() throws IOException {
        String title = report.title().isBlank() ? "Untitled postmortem" : report.title();
        out.write("<header>\n<p class=\"kicker\">POSTMORTEM" + (report.incidentId().isBlank() ? ""
                : " \u00B7 " + HtmlProse.escape(report.incidentId())) + "</p>\n<p>");
        if (report.severity() != null) {
            out.write("<span class=\"badge\" style=\"background:" + SeverityColors.of(report.severity())
                    + ";color:#fff\">" + HtmlProse.escape(report.severity().label()) + "</span> ");
        }
        out.write("<span class=\"status\">" + HtmlProse.escape(report.status().label().toUpperCase(java.util.Locale.ROOT))
                + "</span>");
        if (!report.confidentiality().isBlank()) {
            out.write(" \u00B7 <strong>" + HtmlProse.escape(report.confidentiality()) + "</strong>");
        }
        out.write("</p>\n<h1 dir=\"auto\">" + HtmlProse.escape(title) + "</h1>\n");
        List<String> byline = new ArrayList<>();
        if (!report.authors().isEmpty()) {
            byline.add("<bdi>" + HtmlProse.escape(String.join(", ", report.authors())) + "</bdi>");
        }
        if (report.summary().startedAt() != null) {
            byline.add(new TimeText(report.zone()).longDate(report.summary().startedAt()));
        }
        if (!byline.isEmpty()) {
            out.write("<p class=\"byline\">" + String.join(" \u00B7 ", byline) + "</p>\n");
        }
        out.write("</header>\n");
    }

    private void glance() throws IOException {
        Glance glance = Glance.of(report);
        out.write("<section id=\"summary\" class=\"glance\">\n<h2>" + Sections.SUMMARY + "</h2>\n");
        StringBuilder figures = new StringBuilder("Duration " + glance.duration());
        for (Glance.Figure f : glance.figures()) {
            figures.append(" \u00B7 Time to ").append(f.label().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(f.value());
        }
        out.write("<table class=\"facts\" width=\"100%\" border=\"1\" style=\"border-collapse:collapse\">\n");
        row("Window", HtmlProse.escape(glance.window()) + (glance.windowUtc() == null ? ""
                : "<br><span class=\"muted\">" + HtmlProse.escape(glance.windowUtc()) + "</span>"));
        row("Figures", HtmlProse.escape(figures.toString()));
        row("Users affected", "<strong>" + HtmlProse.escape(glance.usersAffected()) + "</strong>");
        row("Impact", proseOrNone(report.summary().impact()));
        row("Root cause", proseOrNone(report.summary().rootCause()));
        StringBuilder actions = new StringBuilder(HtmlProse.escape(glance.actions()));
        if (!glance.urgent().isEmpty()) {
            actions.append("<ul>");
            for (Glance.Urgent u : glance.urgent()) {
                actions.append("<li dir=\"auto\"><strong>").append(u.item().priority().label()).append("</strong> ")
                        .append(prose.inline(u.item().title())).append(" \u2014 <bdi>")
                        .append(HtmlProse.escape(u.owner())).append("</bdi>, ").append(u.due()).append("</li>");
            }
            actions.append("</ul>");
        }
        row("Action items", actions.toString());
        out.write("</table>\n</section>\n");
    }

    /**
     * Column widths in percent, as an attribute and a style: LibreOffice, Word and the editors
     * people paste into read one or the other, and ignore {@code white-space:nowrap} in cells.
     */
    private static String columns(int... percents) {
        StringBuilder sb = new StringBuilder("<colgroup>");
        for (int p : percents) {
            sb.append("<col width=\"").append(p).append("%\" style=\"width:").append(p).append("%\">");
        }
        return sb.append("</colgroup>\n").toString();
    }

    private String proseOrNone(String markdown) {
        return markdown.isBlank() ? "<span class=\"muted\">" + TimeText.NONE + "</span>" : prose.block(markdown, 3);
    }

    private void row(String label, String html) throws IOException {
        out.write("<tr><th scope=\"row\">" + label + "</th><td>" + html + "</td></tr>\n");
    }

    private void timeline(ExportProgress progress) throws IOException {
        List<TimelineEntry> entries = report.timeline();
        out.write("<section id=\"timeline\">\n<h2>" + Sections.TIMELINE + "</h2>\n");
        if (entries.isEmpty()) {
            out.write(notWritten());
            out.write("</section>\n");
            return;
        }
        TimeText times = new TimeText(report.zone());
        out.write("<p class=\"note\">" + entries.size() + (entries.size() == 1 ? " event" : " events") + ", times in "
                + HtmlProse.escape(times.zoneLabel(entries.get(0).at())) + "</p>\n");
        out.write("<table class=\"timeline\" width=\"100%\" border=\"1\" style=\"border-collapse:collapse\">\n"
                + columns(18, 21, 61)
                + "<thead><tr><th>When</th>"
                + "<th>Kind</th><th>Event</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            boolean misleading = EntryKind.MISLEADING.equals(e.kind());
            KindColors.Style style = KindColors.of(e.kind());
            String when = e.at() == null ? "<em class=\"muted\">time not known</em>"
                    : times.date(e.at()) + " <strong>" + times.time(e.at()) + "</strong>";
            String tint = misleading ? " style=\"background:" + KindColors.MISLEADING_TINT + "\"" : "";
            out.write("<tr" + (misleading ? " class=\"misleading\"" : "") + "><td class=\"when\"" + tint + ">" + when
                    + "</td><td class=\"kind\"" + tint + "><span style=\"color:" + style.hex() + "\">" + style.symbol()
                    + "</span> " + (misleading ? "<strong>" : "") + HtmlProse.escape(e.kind().label())
                    + (misleading ? "</strong>" : "") + "</td><td dir=\"auto\"" + tint + ">"
                    + prose.inline(e.text()) + "</td></tr>\n");
            if (i % CANCEL_CHECK_ROWS == 0) {
                ExportProgress.checkCancelled();
                progress.update(0.1 + 0.8 * i / entries.size());
            }
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private void prose(String id, String title, String markdown) throws IOException {
        out.write("<section id=\"" + id + "\">\n<h2>" + title + "</h2>\n");
        out.write(markdown.isBlank() ? notWritten() : prose.block(markdown, 2) + "\n");
        out.write("</section>\n");
    }

    private static String notWritten() {
        return "<p class=\"muted\"><em>" + Sections.NOT_WRITTEN + "</em></p>\n";
    }

    private void actionItems(List<ActionItem> items) throws IOException {
        out.write("<section id=\"action-items\">\n<h3>" + Sections.ACTION_ITEMS + "</h3>\n");
        if (items.isEmpty()) {
            out.write("<p class=\"muted\"><em>None yet.</em></p>\n</section>\n");
            return;
        }
        out.write("<table class=\"actions\" width=\"100%\" border=\"1\" style=\"border-collapse:collapse\">\n"
                + columns(11, 45, 18, 13, 13)
                + "<thead><tr><th>Priority</th>"
                + "<th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead>\n<tbody>\n");
        for (ActionItem item : items) {
            StringBuilder action = new StringBuilder("<strong>" + prose.inline(item.title()) + "</strong>");
            if (item.type() != null) {
                action.append("<br><span class=\"note\">").append(HtmlProse.escape(item.type().label())).append("</span>");
            }
            if (!item.details().isBlank()) {
                action.append(prose.block(item.details(), 3));
            }
            if (!item.link().isBlank()) {
                String link = HtmlProse.escape(item.link().strip());
                action.append("<br>").append(dev.hindsight.markdown.Markdown.isSafeLink(item.link())
                        ? "<a href=\"" + link + "\">" + link + "</a>" : link);
            }
            out.write("<tr><td>" + label(item.priority()) + "</td><td dir=\"auto\">" + action + "</td><td dir=\"auto\">"
                    + (item.owner().isBlank() ? TimeText.NONE : HtmlProse.escape(item.owner())) + "</td><td>"
                    + (item.due() == null ? TimeText.NONE : item.due().toString()) + "</td><td>"
                    + label(item.status()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private static String label(Code code) {
        return code == null ? "" : HtmlProse.escape(code.label());
    }
}
