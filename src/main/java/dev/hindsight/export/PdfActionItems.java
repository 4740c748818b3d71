package dev.hindsight.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.ActionItem;
import java.io.InterruptedIOException;
import java.util.List;

/**
 * The action items as a table: priority, the action (title, type, details, link), owner, due date,
 * status; streamed to the document in chunks like the timeline, so 100,000 items fit a small heap.
 * Like the timeline's, the rows are built on a second thread from the moment this is made, with a
 * typesetter of their own, while the pages before them are laid out.
 */
final class PdfActionItems implements AutoCloseable {
    private static final float[] WIDTHS = {11, 47, 16, 13, 13};

    private final Typesetter type;
    private final Typesetter rowsType;
    private final float width;
    private final List<ActionItem> items;
    private final BuiltAhead<PdfPCell[]> rows;

    /** Starts building the rows of {@code items}; {@link #close()} stops that if they are not written. */
    PdfActionItems(Typesetter type, float width, List<ActionItem> items) {
        this.type = type;
        this.rowsType = type.sibling();
        this.width = width;
        this.items = items;
        this.rows = new BuiltAhead<>(items.size(), StreamedTable.CHUNK, this::row, "hindsight-action-items");
    }

    /** Adds the table to {@code document}, {@link StreamedTable#CHUNK} rows at a time; returns how many times rows were added. */
    int write(Document document) throws DocumentException, InterruptedIOException {
        PdfPTable table = new PdfPTable(WIDTHS.length);
        table.setWidthPercentage(100);
        PdfFrontPage.setWidths(table, WIDTHS);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        for (String label : new String[] {"Priority", "Action", "Owner", "Due", "Status"}) {
            PdfPCell cell = PdfBlocks.cell(type.phrase(label, PdfLook.BODY_TEXT.bold().size(9), ""),
                    PdfWriter.RUN_DIRECTION_LTR);
            cell.setBackgroundColor(PdfLook.HEADER_BACKGROUND);
            cell.setPadding(5);
            table.addCell(cell);
        }
        StreamedTable stream = new StreamedTable(document, table);
        for (int i = 0; i < items.size(); i++) {
            for (PdfPCell cell : rows.next()) {
                table.addCell(cell);
            }
            stream.rowAdded();
        }
        // every row taken: the builder is done with its typesetter
        type.absorbMissing(rowsType);
        stream.finish();
        return stream.flushes();
    }

    @Override
    public void close() {
        rows.close();
    }

    /** Item {@code i}'s five cells. Runs on the rows' builder thread. */
    private PdfPCell[] row(int i) {
        ActionItem item = items.get(i);
        String field = "measures.actionItems[" + i + "]";
        boolean open = Glance.isOpen(item);
        TextStyle plain = PdfLook.BODY_TEXT.size(9).color(open ? PdfLook.TEXT : PdfLook.MUTED);
        return new PdfPCell[] {text(item.priority() == null ? "" : item.priority().label(), plain.bold(), field + ".priority"),
            action(item, field),
            text(item.owner().isBlank() ? "\u2014" : item.owner(), plain, field + ".owner"),
            text(item.due() == null ? "\u2014" : item.due().toString(), plain, field + ".due"),
            text(item.status().label(), open ? plain.bold() : plain, field + ".status")};
    }

    private PdfPCell action(ActionItem item, String field) {
        float inner = width * WIDTHS[1] / 100 - 10;
        PdfPCell cell = PdfBlocks.composite(PdfWriter.RUN_DIRECTION_LTR);
        border(cell);
        Phrase title = PdfInline.render(Markdown.parseInline(item.title()), rowsType, PdfLook.BODY_TEXT.bold(),
                field + ".title");
        PdfBlocks.blocks(title, Direction.of(item.title()), inner, 0, 2).forEach(cell::addElement);
        if (item.type() != null) {
            cell.addElement(PdfBlocks.block(PdfBlocks.cell(rowsType.phrase(item.type().label(),
                    PdfLook.BODY_TEXT.size(PdfLook.SMALL).color(PdfLook.MUTED), field + ".type"),
                    PdfWriter.RUN_DIRECTION_LTR), inner, 0, 3));
        }
        if (!item.details().isBlank()) {
            PdfProse.render(item.details(), rowsType, inner, field + ".details", PdfLook.BODY_TEXT.size(9))
                    .forEach(cell::addElement);
        }
        if (!item.link().isBlank()) {
            TextStyle style = PdfLook.BODY_TEXT.size(PdfLook.SMALL);
            if (Markdown.isSafeLink(item.link())) {
                style = style.link(item.link().strip());
            }
            PdfBlocks.blocks(rowsType.phrase(item.link(), style, field + ".link"), PdfWriter.RUN_DIRECTION_LTR, inner, 0, 0)
                    .forEach(cell::addElement);
        }
        return cell;
    }

    private PdfPCell text(String text, TextStyle style, String field) {
        PdfPCell cell = PdfBlocks.cell(rowsType.phrase(text, style, field), Direction.of(text));
        border(cell);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static void border(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfLook.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
    }
}
