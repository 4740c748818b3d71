package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.library.ActionRow;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.ReportDigest;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Durations;
import java.time.Duration;
import java.util.List;

/** The incident review's tables: the quarter's reports and the overdue action items, headers repeated on each page. */
final class ReviewTables {
    private static final float[] REPORTS = {11.5f, 11.5f, 27, 9.5f, 9.5f, 10.5f, 10, 10.5f};
    private static final float[] OVERDUE = {13, 9, 14, 36, 28};
    private static final float SIZE = 8;

    private final Typesetter type;

    ReviewTables(Typesetter type) {
        this.type = type;
    }

    PdfPTable reports(List<LibraryEntry> reports) {
        PdfPTable table = table(REPORTS, "Date", "ID", "Title", "Severity", "Status", "Duration", "Detect", "Resolve");
        for (LibraryEntry e : reports) {
            ReportDigest d = e.digest();
            String field = e.found().key();
            cell(table, d.date() == null ? "\u2014" : d.date().toString(), field, false);
            cell(table, d.incidentId(), field, false);
            cell(table, d.title().isBlank() ? e.found().key() : d.title(), field, true);
            cell(table, d.severity() == null ? "\u2014" : d.severity().code(), field, false);
            cell(table, d.status().label(), field, false);
            cell(table, duration(d.durationSeconds()), field, false);
            cell(table, duration(d.detectSeconds()), field, false);
            cell(table, duration(d.resolveSeconds()), field, false);
        }
        return table;
    }

    PdfPTable overdue(List<ActionRow> rows) {
        PdfPTable table = table(OVERDUE, "Due", "Priority", "Owner", "Action item", "Report");
        for (ActionRow r : rows) {
            String field = r.file() + " " + r.item().path();
            cell(table, r.item().due().toString(), field, true);
            cell(table, r.item().priority() == null ? "\u2014" : r.item().priority().code(), field, false);
            cell(table, r.item().owner().isBlank() ? "\u2014" : r.item().owner().strip(), field, false);
            table.addCell(markdown(r.item().title(), field));
            cell(table, r.report().title().isBlank() ? r.file().getFileName().toString() : r.report().title(), field, false);
        }
        return table;
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        PdfFrontPage.setWidths(table, widths);
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        for (String label : headers) {
            PdfPCell cell = PdfBlocks.cell(type.phrase(label, PdfLook.BODY_TEXT.bold().size(SIZE), ""),
                    PdfWriter.RUN_DIRECTION_LTR);
            cell.setBackgroundColor(PdfLook.HEADER_BACKGROUND);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private void cell(PdfPTable table, String text, String field, boolean bold) {
        TextStyle style = PdfLook.BODY_TEXT.size(SIZE);
        table.addCell(border(PdfBlocks.cell(type.phrase(text, bold ? style.bold() : style, field), Direction.of(text))));
    }

    /** An action item's title is inline Markdown, shown as the report's PDF shows it. */
    private PdfPCell markdown(String title, String field) {
        return border(PdfBlocks.cell(PdfInline.render(Markdown.parseInline(title), type, PdfLook.BODY_TEXT.size(SIZE),
                field), Direction.of(title)));
    }

    private static PdfPCell border(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfLook.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static String duration(Long seconds) {
        return seconds == null ? "\u2014" : Durations.format(Duration.ofSeconds(seconds));
    }
}
