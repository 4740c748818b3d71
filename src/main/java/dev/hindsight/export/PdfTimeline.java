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
 * is laid out page by page instead of being held whole in memory. They are built (Markdown
 * parsed, text typeset, cells made) on a second thread from the moment the export starts, with a
 * typesetter of their own, while this one lays out the front page and then the rows built before.
 */
final class PdfTimeline implements AutoCloseable {
    private final Typesetter type;
    private final Typesetter rowsType;
    private final TimeText times;
    private final List<TimelineEntry> entries;
    private final BuiltAhead<PdfPCell[]> rows;

    /** Starts building the rows of {@code entries}; {@link #close()} stops that if they are not written. */
    PdfTimeline(Typesetter type, TimeText times, List<TimelineEntry> entries) {
        this.type = type;
        this.rowsType = type.sibling();
        this.times = times;
        this.entries = entries;
        this.rows = new BuiltAhead<>(entries.size(), StreamedTable.CHUNK, this::row, "hindsight-timeline-rows");
    }

    /** Adds the table to {@code document}, reporting progress from {@code from} to {@code to}. */
    void write(Document document, ExportProgress progress, double from, double to)
            throws DocumentException, IOException {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        PdfFrontPage.setWidths(table, 21, 18, 61);
        table.setHeaderRows(1);
        StreamedTable stream = new StreamedTable(document, table);
        String zone = times.zoneLabel(entries.isEmpty() ? null : entries.get(0).at());
        document.add(PdfBlocks.block(PdfBlocks.cell(type.phrase(entries.size() + (entries.size() == 1 ? " event" : " events")
                + ", times in " + zone, PdfLook.BODY_TEXT.size(9).color(PdfLook.MUTED), ""), PdfWriter.RUN_DIRECTION_LTR),
                100, 0, 6));
        header(table, "When", "Kind", "Event");
        for (int i = 0; i < entries.size(); i++) {
            for (PdfPCell cell : rows.next()) {
                table.addCell(cell);
            }
            if (stream.rowAdded()) {
                progress.update(from + (to - from) * (i + 1) / entries.size());
            }
        }
        // every row taken: the builder is done with its typesetter
        type.absorbMissing(rowsType);
        stream.finish();
    }

    @Override
    public void close() {
        rows.close();
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

    /** Row {@code i}'s three cells; its date is muted when the row before has the same. Runs on the rows' builder thread. */
    private PdfPCell[] row(int i) {
        TimelineEntry entry = entries.get(i);
        String field = "timeline[" + i + "]";
        boolean sameDate = i > 0 && Objects.equals(times.date(entry.at()), times.date(entries.get(i - 1).at()));
        boolean misleading = EntryKind.MISLEADING.equals(entry.kind());
        Phrase when = new Phrase();
        if (entry.at() == null) {
            when.addAll(rowsType.phrase("time not known", PdfLook.BODY_TEXT.italic().size(9).color(PdfLook.MUTED), field));
        } else {
            when.addAll(rowsType.phrase(times.date(entry.at()) + " ", PdfLook.BODY_TEXT.size(9)
                    .color(sameDate ? PdfLook.MUTED : PdfLook.TEXT), field + ".at"));
            when.addAll(rowsType.phrase(times.time(entry.at()), PdfLook.BODY_TEXT.bold().size(9), field + ".at"));
        }
        KindColors.Style style = KindColors.of(entry.kind());
        Phrase kind = rowsType.phrase(style.symbol() + " ", PdfLook.BODY_TEXT.size(9).color(PdfLook.color(style.hex())), "");
        TextStyle label = misleading ? PdfLook.BODY_TEXT.bold().size(9) : PdfLook.BODY_TEXT.size(9);
        kind.addAll(rowsType.phrase(entry.kind().label(), label, field + ".kind"));
        Phrase event = PdfInline.render(Markdown.parseInline(entry.text()), rowsType,
                misleading ? PdfLook.BODY_TEXT.italic() : PdfLook.BODY_TEXT, field + ".text");
        return new PdfPCell[] {cell(when, PdfWriter.RUN_DIRECTION_LTR, misleading),
            cell(kind, PdfWriter.RUN_DIRECTION_LTR, misleading),
            event.getContent().length() > PdfBlocks.PIECE
                ? longCell(event, Direction.of(entry.text()), misleading)
                : cell(event, Direction.of(entry.text()), misleading)};
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
