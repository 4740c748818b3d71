package dev.hindsight.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.Version;
import dev.hindsight.library.LibraryStats;
import dev.hindsight.library.QuarterReview;
import dev.hindsight.library.Spread;
import dev.hindsight.model.Durations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A library's quarter as a PDF "incident review" for leadership: the quarter's figures (medians
 * and 90th percentiles, never means), incidents per month, time to detect and to resolve per
 * quarter, what the incidents had in common, the quarter's reports and the action items overdue.
 * Same fonts, typesetting and page footer as a report's PDF; the charts are vectors.
 */
public final class IncidentReviewPdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ROOT);

    public ExportResult export(QuarterReview review, OutputStream out, ExportOptions options) throws IOException {
        PdfFonts fonts = PdfFonts.bundled();
        Typesetter type = new Typesetter(fonts);
        Rectangle size = options.pageSize() == PageSize.LETTER ? com.lowagie.text.PageSize.LETTER
                : com.lowagie.text.PageSize.A4;
        Document document = new Document(size, PdfLook.MARGIN, PdfLook.MARGIN, PdfLook.MARGIN, PdfLook.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            String title = "Incident review " + review.quarter() + (review.libraryName().isBlank() ? ""
                    : " \u00b7 " + review.libraryName());
            document.addTitle(title);
            document.addSubject("Incident review of " + review.figures().reports() + " reports, " + review.quarter());
            document.addCreator("Hindsight " + Version.get());
            // dated by OpenPDF's PdfDocument when it is made (see PdfExporter.metadata)
            TextStyle footer = PdfLook.BODY_TEXT.size(8).color(PdfLook.MUTED);
            int titleDirection = Direction.of(title);
            PdfPageDecorator decorator = new PdfPageDecorator(type.phrase(title, footer, "title"), titleDirection,
                    type.phrase("", PdfLook.BODY_TEXT, ""), false, fonts,
                    phrase -> com.lowagie.text.pdf.ColumnText.getWidth(phrase, titleDirection, 0),
                    (com.lowagie.text.Chunk) type.phrase("\u2026", footer, "").getChunks().get(0));
            writer.setPageEvent(decorator);
            document.open();
            float width = size.getWidth() - 2 * PdfLook.MARGIN;
            write(review, document, writer, type, width);
            document.close();
            return new ExportResult(decorator.pages(), type.missing());
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (document.isOpen()) {
                PdfExporter.closeAfterFailure(document);
            }
        }
    }

    private static void write(QuarterReview review, Document document, PdfWriter writer, Typesetter type, float width)
            throws DocumentException {
        ReviewCharts charts = new ReviewCharts(writer.getDirectContent(), new TypesetChartText(type, "chart"));
        line(document, type, "INCIDENT REVIEW \u00b7 " + review.quarter(), PdfLook.BODY_TEXT.bold().size(9)
                .color(PdfLook.MUTED), width, 4);
        line(document, type, review.libraryName().isBlank() ? "Incident review" : review.libraryName(),
                PdfLook.BODY_TEXT.bold().size(PdfLook.TITLE), width, 6);
        line(document, type, review.quarter().firstDay().format(DAY) + " to " + review.quarter().lastDay().format(DAY)
                + " \u00b7 " + count(review.figures().reports(), "report") + " \u00b7 made on "
                + review.today().format(DAY), PdfLook.BODY_TEXT.color(PdfLook.MUTED), width, 12);
        document.add(figures(review, type, width));
        document.add(charts.perMonth(review, width, 190));
        PdfPTable pair = pair(width);
        pair.addCell(imageCell(charts.times(review, "Time to detect", q -> q.detect(), width / 2 - 6, 170)));
        pair.addCell(imageCell(charts.times(review, "Time to resolve", q -> q.resolve(), width / 2 - 6, 170)));
        document.add(pair);
        document.newPage();
        heading(document, type, "What the incidents of " + review.quarter() + " had in common", width);
        PdfPTable common = pair(width);
        common.addCell(imageCell(charts.counts("Reports by tag", review.tags(), width / 2 - 6, 200)));
        common.addCell(imageCell(charts.counts("Reports by affected service", review.services(), width / 2 - 6, 200)));
        common.addCell(imageCell(charts.counts("Reports by contributing-factor category", review.factors(),
                width / 2 - 6, 200)));
        common.addCell(imageCell(null));
        document.add(common);
        heading(document, type, "Reports of " + review.quarter() + " (" + review.reports().size() + ")", width);
        ReviewTables tables = new ReviewTables(type);
        if (review.reports().isEmpty()) {
            line(document, type, "No report of the library view is dated in this quarter.", PdfLook.BODY_TEXT, width, 8);
        } else {
            document.add(tables.reports(review.reports()));
        }
        heading(document, type, "Action items overdue on " + review.today().format(DAY) + " (" + review.overdue().size()
                + ")", width);
        if (review.overdue().isEmpty()) {
            line(document, type, "None: every action item with a due date before today is done or dropped.",
                    PdfLook.BODY_TEXT, width, 8);
        } else {
            document.add(tables.overdue(review.overdue()));
        }
    }

    private static PdfPTable figures(QuarterReview review, Typesetter type, float width) throws DocumentException {
        LibraryStats s = review.figures();
        PdfPTable box = new PdfPTable(2);
        box.setWidthPercentage(100);
        PdfFrontPage.setWidths(box, 28, 72);
        box.setSpacingAfter(12);
        row(box, type, "Reports", count(s.reports(), "report") + (s.bySeverity().isEmpty() ? "" : ": " + counts(s.bySeverity())));
        row(box, type, "Status", s.byStatus().isEmpty() ? "\u2014" : counts(s.byStatus()));
        row(box, type, "Time to detect", spread(s.timeToDetect()));
        row(box, type, "Time to resolve", spread(s.timeToResolve()));
        row(box, type, "Action items", s.openActions() + " open in the quarter's reports; " + review.overdue().size()
                + " overdue across the library view");
        return box;
    }

    private static void row(PdfPTable box, Typesetter type, String name, String value) {
        PdfPCell label = PdfBlocks.cell(type.phrase(name, PdfLook.BODY_TEXT.size(9).color(PdfLook.MUTED), ""),
                PdfWriter.RUN_DIRECTION_LTR);
        PdfPCell text = PdfBlocks.cell(type.phrase(value, PdfLook.BODY_TEXT.bold().size(9.5f), "figures"),
                Direction.of(value));
        for (PdfPCell c : new PdfPCell[] {label, text}) {
            c.setBackgroundColor(PdfLook.BOX_BACKGROUND);
            c.setPadding(5);
            box.addCell(c);
        }
    }

    private static String spread(Spread s) {
        if (s.count() == 0) {
            return "\u2014 (no report of the quarter has it)";
        }
        return "median " + duration(s.median().getAsDouble()) + ", 90th percentile " + duration(s.p90().getAsDouble())
                + " (" + count(s.count(), "report") + ")";
    }

    private static String duration(double seconds) {
        return Durations.format(java.time.Duration.ofSeconds(Math.round(seconds)));
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static PdfPTable pair(float width) {
        PdfPTable pair = new PdfPTable(2);
        pair.setWidthPercentage(100);
        pair.setSpacingAfter(10);
        return pair;
    }

    private static PdfPCell imageCell(com.lowagie.text.Image image) {
        PdfPCell cell = image == null ? new PdfPCell() : new PdfPCell(image, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(3);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static void heading(Document document, Typesetter type, String text, float width) throws DocumentException {
        PdfPTable table = PdfBlocks.block(PdfBlocks.cell(type.phrase(text, PdfLook.BODY_TEXT.bold().size(13), ""),
                Direction.of(text)), width, 0, 8);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        document.add(table);
    }

    private static void line(Document document, Typesetter type, String text, TextStyle style, float width,
                             float after) throws DocumentException {
        document.add(PdfBlocks.block(PdfBlocks.cell(type.phrase(text, style, ""), Direction.of(text)), width, 0, after));
    }
}
