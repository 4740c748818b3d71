package dev.hindsight.export;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/** The same cells in OpenPDF's table and in a {@link QuickHeightTable}, both given one width. */
record TablePair(PdfPTable plain, PdfPTable fast) {
    static TablePair of(int columns, List<PdfPCell> cells, float width) {
        PdfPTable plain = new PdfPTable(columns);
        PdfPTable fast = new QuickHeightTable(columns);
        for (PdfPCell cell : cells) {
            plain.addCell(cell);
            fast.addCell(cell);
        }
        plain.setTotalWidth(width);
        fast.setTotalWidth(width);
        return new TablePair(plain, fast);
    }
}
