package dev.hindsight.export;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table whose rows measure their plain text cells by breaking the lines themselves
 * ({@link TextCellHeight}) instead of having OpenPDF lay each cell out. OpenPDF lays out every cell
 * twice, once to measure its row and once to write it; in a long timeline the measuring pass was a
 * third of the table's layout (decision 0044). Other cells (bidi text, composite cells, images)
 * are measured by OpenPDF as before, and the rows have the same heights either way;
 * {@code QuickHeightTableTest} compares them on generated cells.
 */
final class QuickHeightTable extends PdfPTable {

    QuickHeightTable(int columns) {
        super(columns);
    }

    /**
     * Adds the cell; a row it completes is measured here, as OpenPDF does once the table has a
     * width, but through {@link QuickRow}.
     */
    @Override
    public PdfPCell addCell(PdfPCell cell) {
        int before = rows.size();
        float width = totalWidth;
        // OpenPDF measures a completed row inside addCell when the table has a width; hide the
        // width so that the row is measured once, below, as a QuickRow.
        totalWidth = 0;
        PdfPCell added;
        try {
            added = super.addCell(cell);
        } finally {
            totalWidth = width;
        }
        if (rows.size() > before) {
            int last = rows.size() - 1;
            QuickRow row = new QuickRow(rows.get(last).getCells());
            rows.set(last, row);
            if (totalWidth > 0) {
                row.setWidths(absoluteWidths);
                totalHeight += row.getMaxHeights();
            }
        }
        return added;
    }

    /** A row whose plain text cells are measured by {@link TextCellHeight}, the others by OpenPDF. */
    static final class QuickRow extends PdfPRow {
        QuickRow(PdfPCell[] cells) {
            super(cells);
        }

        @Override
        public float calculateHeights() {
            maxHeight = 0;
            for (PdfPCell cell : getCells()) {
                if (cell == null) {
                    continue;
                }
                float height = TextCellHeight.of(cell);
                if (Float.isNaN(height)) {
                    height = cell.getMaxHeight();
                }
                if (height > maxHeight && cell.getRowspan() == 1) {
                    maxHeight = height;
                }
            }
            calculated = true;
            return maxHeight;
        }
    }
}
