package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * A Markdown table of a prose field as a PDF table: ruled cells, the header rows shaded and
 * repeated on each page, each cell aligned as the table says, short rows filled out.
 */
final class PdfProseTable {
    private PdfProseTable() {
    }

    /** The table, or null when it has no column. */
    static PdfPTable of(TableBlock block, Typesetter type, float width, float indent, TextStyle style, String field) {
        List<TableRow> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add((TableRow) row);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        int columns = 0;
        for (TableRow row : rows) {
            int n = 0;
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                n++;
            }
            columns = Math.max(columns, n);
        }
        if (columns == 0) {
            return null;
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(Math.max(10, 100 * (width - indent) / width));
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setHeaderRows(headerRows);
        table.setSpacingAfter(PdfProse.PARAGRAPH_SPACE);
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            int n = 0;
            for (Node c = rows.get(r).getFirstChild(); c != null; c = c.getNext(), n++) {
                TableCell source = (TableCell) c;
                PdfPCell cell = PdfBlocks.cell(PdfInline.render(source, type, header ? style.bold() : style, field),
                        Direction.of(PdfInline.plainText(source)));
                cell.setBorder(Rectangle.BOX);
                cell.setBorderColor(PdfLook.RULE);
                cell.setBorderWidth(0.5f);
                cell.setPadding(4);
                if (header) {
                    cell.setBackgroundColor(PdfLook.HEADER_BACKGROUND);
                }
                if (source.getAlignment() == TableCell.Alignment.RIGHT) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                } else if (source.getAlignment() == TableCell.Alignment.CENTER) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(cell);
            }
            for (; n < columns; n++) {
                table.addCell(PdfBlocks.cell(type.phrase(" ", style, field), PdfWriter.RUN_DIRECTION_LTR));
            }
        }
        return table;
    }
}
