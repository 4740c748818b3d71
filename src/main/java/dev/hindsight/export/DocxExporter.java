package dev.hindsight.export;

import dev.hindsight.Version;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.picture.PictureReferences;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The report as a Word document (Apache POI) that opens in Word, LibreOffice and Google Docs:
 * the summary first, headings as Word headings (so the outline and Google Docs' headings work),
 * the timeline and the action items as Word tables, in the PDF's order. POI is loaded only when
 * this exporter runs (docs/decisions/0019).
 */
public final class DocxExporter implements ReportExporter {
    private static final int CANCEL_CHECK_ROWS = 200;
    /** The share of the page width the action items' Action column (title, type, details, link) takes. */
    private static final int ACTION_PERCENT = 39;
    /** The share of the page width the timeline's Event column takes (its pictures are sized to it). */
    private static final int EVENT_PERCENT = 61;
    /** Events up to this long (and without pictures) are far shorter than a page in the Event column. */
    static final int UNSPLIT_EVENT_CHARS = 1_000;

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public ExportResult export(Report report, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        progress.update(0);
        try (XWPFDocument document = new XWPFDocument()) {
            DocxWriter doc = new DocxWriter(document, new ShownImages(report));
            properties(report, document);
            masthead(report, doc);
            summary(report, doc);
            progress.update(0.05);
            timeline(report, doc, progress);
            section(doc, Sections.ROOT_CAUSE, report.rootCause());
            section(doc, Sections.RESOLUTION, report.resolution());
            section(doc, Sections.MEASURES, report.measures().improvements());
            actionItems(report.measures().actionItems(), doc);
            if (!report.closingRemarks().isBlank()) {
                section(doc, Sections.CLOSING, report.closingRemarks());
            }
            ExportProgress.checkCancelled();
            document.write(new NonClosing(out));
        }
        progress.update(1);
        return new ExportResult(0, List.of());
    }

    private static void properties(Report report, XWPFDocument document) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(report.title().isBlank() ? "Untitled postmortem" : report.title());
        core.setCreator(String.join(", ", report.authors()));
        core.setSubjectProperty("Postmortem" + (report.incidentId().isBlank() ? "" : " " + report.incidentId()));
        document.getProperties().getExtendedProperties().setApplication("Hindsight " + Version.get());
    }

    private static void masthead(Report report, DocxWriter doc) {
        XWPFParagraph kicker = doc.paragraph(null);
        XWPFRun k = doc.run(kicker, "POSTMORTEM" + (report.incidentId().isBlank() ? "" : " \u00B7 "
                + report.incidentId()), true, false, false);
        k.setColor("57606A");
        k.setFontSize(9);
        if (report.severity() != null) {
            XWPFRun sev = doc.run(kicker, "   " + report.severity().label(), true, false, false);
            sev.setColor(SeverityColors.of(report.severity()).substring(1));
            sev.setFontSize(9);
        }
        XWPFRun status = doc.run(kicker, "   " + report.status().label().toUpperCase(java.util.Locale.ROOT)
                + (report.confidentiality().isBlank() ? "" : " \u00B7 " + report.confidentiality()), true, false, false);
        status.setFontSize(9);
        status.setColor("57606A");
        String title = report.title().isBlank() ? "Untitled postmortem" : report.title();
        XWPFParagraph t = doc.paragraph(DocxStyles.TITLE);
        doc.run(t, title, false, false, false);
        doc.direction(t, title);
        List<String> byline = new java.util.ArrayList<>();
        if (!report.authors().isEmpty()) {
            byline.add(String.join(", ", report.authors()));
        }
        if (report.summary().startedAt() != null) {
            byline.add(new TimeText(report.zone()).longDate(report.summary().startedAt()));
        }
        if (!byline.isEmpty()) {
            XWPFParagraph b = doc.paragraph(null);
            doc.run(b, String.join(" \u00B7 ", byline), false, false, false).setColor("57606A");
            doc.direction(b, byline.get(0));
        }
    }

    private static void summary(Report report, DocxWriter doc) {
        Glance glance = Glance.of(report);
        heading(doc, Sections.SUMMARY, 1);
        StringBuilder figures = new StringBuilder("Duration " + glance.duration());
        for (Glance.Figure f : glance.figures()) {
            figures.append(" \u00B7 Time to ").append(f.label().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(f.value());
        }
        XWPFTable table = doc.table(6, 2, 0, 22, 78);
        fact(doc, table, 0, "Window", glance.window() + (glance.windowUtc() == null ? "" : "\n" + glance.windowUtc()));
        fact(doc, table, 1, "Figures", figures.toString());
        fact(doc, table, 2, "Users affected", glance.usersAffected());
        label(doc, table.getRow(3).getCell(0), "Impact");
        prose(doc, table.getRow(3).getCell(1), report.summary().impact());
        label(doc, table.getRow(4).getCell(0), "Root cause");
        prose(doc, table.getRow(4).getCell(1), report.summary().rootCause());
        StringBuilder actions = new StringBuilder(glance.actions());
        for (Glance.Urgent u : glance.urgent()) {
            actions.append('\n').append(u.item().priority().label()).append("  ").append(u.item().title())
                    .append(" \u2014 ").append(u.owner()).append(", ").append(u.due());
        }
        fact(doc, table, 5, "Action items", actions.toString());
    }

    private static void fact(DocxWriter doc, XWPFTable table, int row, String label, String value) {
        label(doc, table.getRow(row).getCell(0), label);
        XWPFParagraph p = table.getRow(row).getCell(1).getParagraphs().get(0);
        String[] lines = value.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = doc.run(p, lines[i], "Users affected".equals(label), false, false);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static void label(DocxWriter doc, XWPFTableCell cell, String label) {
        doc.run(cell.getParagraphs().get(0), label, false, false, false).setColor("57606A");
    }

    /** Block Markdown into a table cell, or a dash when there is none. */
    private static void prose(DocxWriter doc, XWPFTableCell cell, String markdown) {
        if (markdown.isBlank()) {
            doc.run(cell.getParagraphs().get(0), TimeText.NONE, false, false, false);
            return;
        }
        boolean[] first = {true};
        new DocxProse(doc, () -> {
            if (first[0]) {
                first[0] = false;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        }, 3, DocxWriter.columnWidthPx(78)).block(markdown);
    }

    private static void heading(DocxWriter doc, String title, int level) {
        doc.run(doc.paragraph(DocxStyles.heading(level)), title, false, false, false);
    }

    private static void section(DocxWriter doc, String title, String markdown) {
        heading(doc, title, 1);
        if (markdown.isBlank()) {
            doc.run(doc.paragraph(null), Sections.NOT_WRITTEN, false, true, false).setColor("57606A");
        } else {
            new DocxProse(doc, () -> doc.paragraph(null), 1, DocxWriter.TEXT_WIDTH_PX).block(markdown);
        }
    }

    private static void timeline(Report report, DocxWriter doc, ExportProgress progress) throws IOException {
        heading(doc, Sections.TIMELINE, 1);
        List<TimelineEntry> entries = report.timeline();
        if (entries.isEmpty()) {
            doc.run(doc.paragraph(null), Sections.NOT_WRITTEN, false, true, false).setColor("57606A");
            return;
        }
        TimeText times = new TimeText(report.zone());
        doc.run(doc.paragraph(null), entries.size() + (entries.size() == 1 ? " event" : " events") + ", times in "
                + times.zoneLabel(entries.get(0).at()), false, false, false).setColor("57606A");
        XWPFTable table = doc.table(entries.size() + 1, 3, 1, 18, 21, EVENT_PERCENT);
        header(doc, table, "When", "Kind", "Event");
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            var row = table.getRow(i + 1);
            // an event stays on one page (Word and LibreOffice otherwise leave its time at a page's foot),
            // unless it may be taller than a page: Word cuts off a row it may not split that does not fit
            row.setCantSplitRow(e.text().length() <= UNSPLIT_EVENT_CHARS
                    && !e.text().toLowerCase(Locale.ROOT).contains(PictureReferences.SCHEME));
            boolean misleading = EntryKind.MISLEADING.equals(e.kind());
            XWPFParagraph when = row.getCell(0).getParagraphs().get(0);
            if (e.at() == null) {
                doc.run(when, "time not known", false, true, false);
            } else {
                doc.run(when, times.date(e.at()) + " ", false, false, false);
                doc.run(when, times.time(e.at()), true, false, false);
            }
            XWPFParagraph kind = row.getCell(1).getParagraphs().get(0);
            KindColors.Style style = KindColors.of(e.kind());
            doc.run(kind, style.symbol() + " ", false, false, false).setColor(style.hex().substring(1));
            doc.run(kind, e.kind().label(), misleading, false, false);
            DocxProse.inline(doc, row.getCell(2).getParagraphs().get(0), e.text(), false, DocxWriter.columnWidthPx(EVENT_PERCENT));
            if (misleading) {
                row.getTableCells().forEach(c -> c.setColor(KindColors.MISLEADING_TINT.substring(1)));
            }
            if (i % CANCEL_CHECK_ROWS == 0) {
                ExportProgress.checkCancelled();
                progress.update(0.05 + 0.8 * i / entries.size());
            }
        }
    }

    private static void header(DocxWriter doc, XWPFTable table, String... labels) {
        for (int c = 0; c < labels.length; c++) {
            doc.run(table.getRow(0).getCell(c).getParagraphs().get(0), labels[c], true, false, false);
        }
    }

    private static void actionItems(List<ActionItem> items, DocxWriter doc) {
        heading(doc, Sections.ACTION_ITEMS, 2);
        if (items.isEmpty()) {
            doc.run(doc.paragraph(null), "None yet.", false, true, false).setColor("57606A");
            return;
        }
        // Due and Status wide enough for "2025-03-15" and "progress" in bold on one line (at 12 % Word
        // broke them: "2025-03-" over "15", "In progres" over "s"); Action gives up the room.
        XWPFTable table = doc.table(items.size() + 1, 5, 1, 13, ACTION_PERCENT, 16, 17, 15);
        header(doc, table, "Priority", "Action", "Owner", "Due", "Status");
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            var row = table.getRow(i + 1);
            doc.run(row.getCell(0).getParagraphs().get(0), item.priority() == null ? "" : item.priority().label(),
                    true, false, false);
            XWPFTableCell action = row.getCell(1);
            DocxProse.inline(doc, action.getParagraphs().get(0), item.title(), true, DocxWriter.columnWidthPx(ACTION_PERCENT));
            if (item.type() != null) {
                doc.run(action.addParagraph(), item.type().label(), false, false, false).setColor("57606A");
            }
            if (!item.details().isBlank()) {
                new DocxProse(doc, action::addParagraph, 3, DocxWriter.columnWidthPx(ACTION_PERCENT)).block(item.details());
            }
            if (!item.link().isBlank()) {
                XWPFParagraph link = action.addParagraph();
                if (dev.hindsight.markdown.Markdown.isSafeLink(item.link())) {
                    var run = link.createHyperlinkRun(item.link().strip());
                    run.setText(item.link().strip());
                    run.setColor("0550AE");
                } else {
                    doc.run(link, item.link(), false, false, false);
                }
            }
            doc.run(row.getCell(2).getParagraphs().get(0), item.owner().isBlank() ? TimeText.NONE : item.owner(),
                    false, false, false);
            doc.run(row.getCell(3).getParagraphs().get(0), item.due() == null ? TimeText.NONE : item.due().toString(),
                    false, false, false);
            doc.run(row.getCell(4).getParagraphs().get(0), item.status().label(), Glance.isOpen(item), false, false);
        }
    }

    /** POI closes the stream it writes to; an exporter never closes the caller's. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
