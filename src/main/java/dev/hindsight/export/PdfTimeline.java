package dev.hindsight.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The timeline as a table (date and time, kind, event) whose header repeats on every page.
 * Rows are handed to the document in chunks ({@link StreamedTable}), so a 10,000-event timeline
 * is laid out page by page instead of being held whole in memory.
 */
final class PdfTimeline {
    private final Typesetter type;
    private final TimeText times;

    PdfTimeline(Typesetter type, TimeText times) {
        this.type = type;
        this.times = times;
    }

    /** Adds the table to {@code document}, reporting progress from {@code from} to {@code to}. */
    void write(Document document, List<TimelineEntry> entries, ExportProgress progress, double from, double to)
            throws DocumentException, IOException {
        PdfPTable table = new QuickHeightTable(3);
        table.setWidthPercentage(100);
        PdfFrontPage.setWidths(table, 21, 18, 61);
        table.setHeaderRows(1);
        StreamedTable stream = new StreamedTable(document, table);
        String zone = times.zoneLabel(entries.isEmpty() ? null : entries.get(0).at());
        document.add(PdfBlocks.block(PdfBlocks.cell(type.phrase(entries.size() + (entries.size() == 1 ? " event" : " events")
                + ", times in " + zone, PdfLook.BODY_TEXT.size(9).color(PdfLook.MUTED), ""), PdfWriter.RUN_DIRECTION_LTR),
                100, 0, 6));
        header(table, "When", "Kind", "Event");
        String previousDate = null;
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            String date = times.date(entry.at());
            row(table, entry, "timeline[" + i + "]", Objects.equals(date, previousDate));
            previousDate = date;
            if (stream.rowAdded()) {
                progress.update(from + (to - from) * (i + 1) / entries.size());
            }
        }
        stream.finish();
    }

    private void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell cell = PdfBlocks.cell(type.phrase(label, PdfLook.BODY_TEXT.bold().size(9), ""),
                    PdfWriter.RUN_DIRECTION_LTR);
            cell.setBackgroundColor(PdfLook.HEADER_BACKGROUND);
            cell.setPadding(5);
            table.addCell(cell);
        }
    }

    private void row(PdfPTable table, TimelineEntry entry, String field, boolean sameDate) {
        boolean misleading = EntryKind.MISLEADING.equals(entry.kind());
        Phrase when = new Phrase();
        if (entry.at() == null) {
            when.addAll(type.phrase("time not known", PdfLook.BODY_TEXT.italic().size(9).color(PdfLook.MUTED), field));
        } else {
            when.addAll(type.phrase(times.date(entry.at()) + " ", PdfLook.BODY_TEXT.size(9)
                    .color(sameDate ? PdfLook.MUTED : PdfLook.TEXT), field + ".at"));
            when.addAll(type.phrase(times.time(entry.at()), PdfLook.BODY_TEXT.bold().size(9), field + ".at"));
        }
        KindColors.Style style = KindColors.of(entry.kind());
        Phrase kind = type.phrase(style.symbol() + " ", PdfLook.BODY_TEXT.size(9).color(PdfLook.color(style.hex())), "");
        TextStyle label = misleading ? PdfLook.BODY_TEXT.bold().size(9) : PdfLook.BODY_TEXT.size(9);
        kind.addAll(type.phrase(entry.kind().label(), label, field + ".kind"));
        Phrase event = PdfInline.render(Markdown.parseInline(entry.text()), type,
                misleading ? PdfLook.BODY_TEXT.italic() : PdfLook.BODY_TEXT, field + ".text");
        table.addCell(cell(when, PdfWriter.RUN_DIRECTION_LTR, misleading));
        table.addCell(cell(kind, PdfWriter.RUN_DIRECTION_LTR, misleading));
        table.addCell(event.getContent().length() > PdfBlocks.PIECE
                ? longCell(event, Direction.of(entry.text()), misleading)
                : cell(event, Direction.of(entry.text()), misleading));
    }

    /** An event longer than a page, as blocks in one cell, so that splitting it across pages stays linear. */
    private static PdfPCell longCell(Phrase phrase, int direction, boolean misleading) {
        PdfPCell cell = PdfBlocks.composite(direction);
        style(cell, misleading);
        float width = 100;
        PdfBlocks.blocks(phrase, direction, width, 0, 0).forEach(cell::addElement);
        return cell;
    }

    private static PdfPCell cell(Phrase phrase, int direction, boolean misleading) {
        PdfPCell cell = PdfBlocks.cell(phrase, direction);
        style(cell, misleading);
        return cell;
    }

    private static void style(PdfPCell cell, boolean misleading) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfLook.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
        cell.setPaddingRight(3);
        if (misleading) {
            cell.setBackgroundColor(PdfLook.color(KindColors.MISLEADING_TINT));
        }
    }
}
