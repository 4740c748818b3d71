package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.export.chart.PdfChartPainter;
import dev.hindsight.export.chart.TimelineChart;
import dev.hindsight.export.chart.TimelineChartLayout;
import dev.hindsight.export.chart.TimelineChartPainter;
import dev.hindsight.model.Report;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Page 1, for a reader who reads nothing else: who and what (id, severity badge, status,
 * title, authors, date), then the at-a-glance box: window, figures, users affected, impact,
 * the one-line root cause and the action items, with the open P0 and P1 ones listed.
 */
final class PdfFrontPage {
    private static final float BOX_PADDING = 12;
    private static final float LABEL_WIDTH = 88;

    private final Report report;
    private final Typesetter type;
    private final float width;

    PdfFrontPage(Report report, Typesetter type, float width) {
        this.report = report;
        this.type = type;
        this.width = width;
    }

    /** The masthead: id and badges, the title, the byline. */
    List<Element> masthead() {
        List<Element> out = new ArrayList<>();
        PdfPTable top = new PdfPTable(2);
        top.setWidthPercentage(100);
        Phrase id = type.phrase("POSTMORTEM" + (report.incidentId().isBlank() ? "" : " \u00B7 " + report.incidentId()),
                PdfLook.BODY_TEXT.bold().size(9).color(PdfLook.MUTED), "incidentId");
        top.addCell(PdfBlocks.cell(id, PdfWriter.RUN_DIRECTION_LTR));
        PdfPCell badges = PdfBlocks.cell(badges(), PdfWriter.RUN_DIRECTION_LTR);
        badges.setHorizontalAlignment(Element.ALIGN_RIGHT);
        top.addCell(badges);
        top.setSpacingAfter(14);
        out.add(top);

        String title = report.title().isBlank() ? "Untitled postmortem" : report.title();
        for (PdfPTable block : PdfBlocks.blocks(type.phrase(title, PdfLook.BODY_TEXT.bold().size(PdfLook.TITLE), "title"),
                Direction.of(title), width, 0, 4)) {
            ((PdfPCell) block.getRow(0).getCells()[0]).setLeading(0, 1.15f);
            out.add(block);
        }

        List<String> byline = new ArrayList<>();
        if (!report.authors().isEmpty()) {
            byline.add(Direction.embed(String.join(", ", report.authors())));
        }
        if (report.summary().startedAt() != null) {
            byline.add(new TimeText(report.zone()).longDate(report.summary().startedAt()));
        }
        if (!byline.isEmpty()) {
            String text = String.join(" \u00B7 ", byline);
            out.add(PdfBlocks.block(PdfBlocks.cell(type.phrase(text, PdfLook.BODY_TEXT.size(11).color(PdfLook.MUTED),
                    "authors"), Direction.of(text)), width, 0, 16));
        }
        return out;
    }

    private Phrase badges() {
        Phrase phrase = new Phrase();
        if (report.severity() != null) {
            Color color = PdfLook.color(SeverityColors.of(report.severity()));
            Phrase badge = type.phrase("\u00A0" + report.severity().label() + "\u00A0",
                    PdfLook.BODY_TEXT.bold().size(9).color(Color.WHITE), "severity");
            for (Object chunk : badge.getChunks()) {
                ((Chunk) chunk).setBackground(color, 2, 2, 2, 2);
            }
            phrase.addAll(badge);
            phrase.addAll(type.phrase("   ", PdfLook.BODY_TEXT.size(9), ""));
        }
        String status = report.status().label().toUpperCase(java.util.Locale.ROOT);
        phrase.addAll(type.phrase(status, PdfLook.BODY_TEXT.bold().size(9).color(
                report.isFinal() ? PdfLook.TEXT : PdfLook.MUTED), "status"));
        return phrase;
    }

    /** The at-a-glance box. */
    PdfPTable glance() {
        Glance glance = Glance.of(report);
        float inner = width - 2 * BOX_PADDING;
        PdfPCell box = PdfBlocks.composite(PdfWriter.RUN_DIRECTION_LTR);
        box.setBackgroundColor(PdfLook.BOX_BACKGROUND);
        box.setBorder(Rectangle.BOX);
        box.setBorderColor(PdfLook.RULE);
        box.setBorderWidth(0.75f);
        box.setPadding(BOX_PADDING);
        box.setPaddingTop(8);
        box.addElement(PdfBlocks.block(PdfBlocks.cell(type.phrase("At a glance",
                PdfLook.BODY_TEXT.bold().size(12), ""), PdfWriter.RUN_DIRECTION_LTR), inner, 0, 8));
        box.addElement(figures(glance));

        PdfPTable rows = new PdfPTable(2);
        rows.setWidthPercentage(100);
        setWidths(rows, LABEL_WIDTH, inner - LABEL_WIDTH);
        rows.setSplitLate(false);
        String window = glance.window() + (glance.windowUtc() == null ? "" : "\n" + glance.windowUtc());
        row(rows, "Window", List.of(PdfBlocks.block(PdfBlocks.cell(type.phrase(window, PdfLook.BODY_TEXT,
                "summary.startedAt"), PdfWriter.RUN_DIRECTION_LTR), inner - LABEL_WIDTH, 0, 0)));
        row(rows, "Users affected", List.of(PdfBlocks.block(PdfBlocks.cell(type.phrase(glance.usersAffected(),
                PdfLook.BODY_TEXT.bold(), "summary.usersAffectedPercent"), PdfWriter.RUN_DIRECTION_LTR),
                inner - LABEL_WIDTH, 0, 0)));
        row(rows, "Impact", PdfProse.render(report.summary().impact(), type, inner - LABEL_WIDTH, "summary.impact",
                PdfLook.BODY_TEXT));
        row(rows, "Root cause", PdfProse.render(report.summary().rootCause(), type, inner - LABEL_WIDTH,
                "summary.rootCause", PdfLook.BODY_TEXT.bold()));
        row(rows, "Action items", actions(glance, inner - LABEL_WIDTH));
        box.addElement(rows);

        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.addCell(box);
        return table;
    }

    /**
     * The timeline chart below the at-a-glance box, drawn as vectors in a template (a form the
     * page draws once, no bitmap) as wide as the text; null when the report has no times yet.
     */
    PdfPTable chart(PdfWriter writer) {
        BaseFont regular = type.fonts().regular();
        BaseFont bold = type.fonts().fontFor(PdfFonts.Face.BOLD, 'A');
        TimelineChart chart = TimelineChartLayout.of(report, width, PdfChartPainter.measure(regular, bold));
        if (chart.isEmpty()) {
            return null;
        }
        PdfTemplate template = writer.getDirectContent().createTemplate((float) chart.width(), (float) chart.height());
        TimelineChartPainter.paint(chart, new PdfChartPainter(template, chart.height(), regular, bold));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        table.addCell(PdfBlocks.cell(type.phrase("Timeline at a glance", PdfLook.BODY_TEXT.bold().size(12), ""),
                PdfWriter.RUN_DIRECTION_LTR));
        try {
            PdfPCell drawing = new PdfPCell(com.lowagie.text.Image.getInstance(template), false);
            drawing.setBorder(Rectangle.NO_BORDER);
            drawing.setPadding(0);
            drawing.setPaddingTop(6);
            table.addCell(drawing);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("a template is always an image", e);
        }
        return table;
    }

    private PdfPTable figures(Glance glance) {
        List<Glance.Figure> all = new ArrayList<>();
        all.add(new Glance.Figure("Duration", glance.duration()));
        all.addAll(glance.figures());
        PdfPTable strip = new PdfPTable(all.size());
        strip.setWidthPercentage(100);
        strip.setSpacingAfter(10);
        for (Glance.Figure f : all) {
            Phrase phrase = type.phrase(f.label().equals("Duration") ? "Duration\n" : "Time to " + f.label().toLowerCase(
                    java.util.Locale.ROOT) + "\n", PdfLook.BODY_TEXT.size(PdfLook.SMALL).color(PdfLook.MUTED), "");
            phrase.addAll(type.phrase(f.value(), PdfLook.BODY_TEXT.bold().size(12), ""));
            PdfPCell cell = PdfBlocks.cell(phrase, PdfWriter.RUN_DIRECTION_LTR);
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(PdfLook.RULE);
            cell.setPaddingTop(4);
            cell.setPaddingRight(6);
            strip.addCell(cell);
        }
        return strip;
    }

    private List<Element> actions(Glance glance, float valueWidth) {
        List<Element> out = new ArrayList<>();
        out.add(PdfBlocks.block(PdfBlocks.cell(type.phrase(glance.actions(), PdfLook.BODY_TEXT, ""),
                PdfWriter.RUN_DIRECTION_LTR), valueWidth, 0, glance.urgent().isEmpty() ? 0 : 4));
        for (Glance.Urgent u : glance.urgent()) {
            String field = "measures.actionItems[" + u.index() + "]";
            Phrase phrase = type.phrase(u.item().priority().label() + "\u00A0\u00A0", PdfLook.BODY_TEXT.bold()
                    .color(PdfLook.color(SeverityColors.of(dev.hindsight.model.Severity.SEV1))), field + ".priority");
            phrase.addAll(type.phrase(Direction.start(u.item().title()), PdfLook.BODY_TEXT, ""));
            phrase.addAll(PdfInline.render(dev.hindsight.markdown.Markdown.parseInline(u.item().title()), type,
                    PdfLook.BODY_TEXT.bold(), field + ".title"));
            phrase.addAll(type.phrase(Direction.END + " \u2014 " + Direction.embed(u.owner()) + ", " + u.due(),
                    PdfLook.BODY_TEXT.color(PdfLook.MUTED), field + ".owner"));
            out.add(PdfBlocks.block(PdfBlocks.cell(phrase, PdfWriter.RUN_DIRECTION_LTR), valueWidth, 0, 2));
        }
        return out;
    }

    private void row(PdfPTable rows, String label, List<Element> value) {
        PdfPCell labelCell = PdfBlocks.cell(type.phrase(label, PdfLook.BODY_TEXT.size(9).color(PdfLook.MUTED), ""),
                PdfWriter.RUN_DIRECTION_LTR);
        labelCell.setPaddingTop(1.5f);
        labelCell.setPaddingBottom(6);
        rows.addCell(labelCell);
        PdfPCell valueCell = PdfBlocks.composite(PdfWriter.RUN_DIRECTION_LTR);
        valueCell.setPaddingBottom(6);
        value.forEach(valueCell::addElement);
        rows.addCell(valueCell);
    }

    static void setWidths(PdfPTable table, float... widths) {
        try {
            table.setWidths(widths);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
