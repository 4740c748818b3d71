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
 */
final class PdfActionItems {
    private static final float[] WIDTHS = {11, 47, 16, 13, 13};

    private final Typesetter type;
    private final float width;

    PdfActionItems(Typesetter type, float width) {
        this.type = type;
        this.width = width;
    }

    /** Adds the table to {@code document}, {@link StreamedTable#CHUNK} rows at a time; returns how many times rows were added. */
    int write(Document document, List<ActionItem> items) throws DocumentException, InterruptedIOException {
        PdfPTable table = new QuickHeightTable(WIDTHS.length);
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
            row(table, items.get(i), "measures.actionItems[" + i + "]");
            stream.rowAdded();
        }
        stream.finish();
        return stream.flushes();
    }

    private void row(PdfPTable table, ActionItem item, String field) {
        boolean open = Glance.isOpen(item);
        TextStyle plain = PdfLook.BODY_TEXT.size(9).color(open ? PdfLook.TEXT : PdfLook.MUTED);
        table.addCell(text(item.priority() == null ? "" : item.priority().label(), plain.bold(), field + ".priority"));
        table.addCell(action(item, field));
        table.addCell(text(item.owner().isBlank() ? "\u2014" : item.owner(), plain, field + ".owner"));
        table.addCell(text(item.due() == null ? "\u2014" : item.due().toString(), plain, field + ".due"));
        table.addCell(text(item.status().label(), open ? plain.bold() : plain, field + ".status"));
    }

    private PdfPCell action(ActionItem item, String field) {
        float inner = width * WIDTHS[1] / 100 - 10;
        PdfPCell cell = PdfBlocks.composite(PdfWriter.RUN_DIRECTION_LTR);
        border(cell);
        Phrase title = PdfInline.render(Markdown.parseInline(item.title()), type, PdfLook.BODY_TEXT.bold(),
                field + ".title");
        PdfBlocks.blocks(title, Direction.of(item.title()), inner, 0, 2).forEach(cell::addElement);
        if (item.type() != null) {
            cell.addElement(PdfBlocks.block(PdfBlocks.cell(type.phrase(item.type().label(),
                    PdfLook.BODY_TEXT.size(PdfLook.SMALL).color(PdfLook.MUTED), field + ".type"),
                    PdfWriter.RUN_DIRECTION_LTR), inner, 0, 3));
        }
        if (!item.details().isBlank()) {
            PdfProse.render(item.details(), type, inner, field + ".details", PdfLook.BODY_TEXT.size(9))
                    .forEach(cell::addElement);
        }
        if (!item.link().isBlank()) {
            TextStyle style = PdfLook.BODY_TEXT.size(PdfLook.SMALL);
            if (Markdown.isSafeLink(item.link())) {
                style = style.link(item.link().strip());
            }
            PdfBlocks.blocks(type.phrase(item.link(), style, field + ".link"), PdfWriter.RUN_DIRECTION_LTR, inner, 0, 0)
                    .forEach(cell::addElement);
        }
        return cell;
    }

    private PdfPCell text(String text, TextStyle style, String field) {
        PdfPCell cell = PdfBlocks.cell(type.phrase(text, style, field), Direction.of(text));
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
