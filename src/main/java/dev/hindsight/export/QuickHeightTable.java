package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
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

    /**
     * The row as OpenPDF copies it to write it on a page, kept a {@link QuickRow} so that its plain
     * text cells are written from the lines found when measuring it. Rows with cells spanning
     * rows are copied by OpenPDF, which handles their extra heights.
     */
    @Override
    protected PdfPRow adjustCellsInRow(int start, int end) {
        PdfPRow source = getRow(start);
        if (!(source instanceof QuickRow quick)) {
            return super.adjustCellsInRow(start, end);
        }
        for (PdfPCell cell : source.getCells()) {
            if (cell != null && cell.getRowspan() != 1) {
                return super.adjustCellsInRow(start, end);
            }
        }
        QuickRow row = new QuickRow(quick);
        row.initExtraHeights();
        return row;
    }

    /**
     * A row whose plain text cells are measured by {@link TextCellHeight}, the others by OpenPDF,
     * and written by {@link TextCellWriter} when all of them can be, by OpenPDF otherwise.
     */
    static final class QuickRow extends PdfPRow {
        /** Each cell's lines as measured, or null where OpenPDF measured it. */
        private TextCellHeight[] laidOut;

        QuickRow(PdfPCell[] cells) {
            super(cells);
            laidOut = new TextCellHeight[cells.length];
        }

        /** A copy, as OpenPDF makes one to write the row: its cells copied, their lines shared. */
        QuickRow(QuickRow row) {
            super(row);
            laidOut = row.laidOut;
        }

        @Override
        public float calculateHeights() {
            maxHeight = 0;
            TextCellHeight[] lines = new TextCellHeight[cells.length];
            for (int k = 0; k < cells.length; k++) {
                PdfPCell cell = cells[k];
                if (cell == null) {
                    continue;
                }
                lines[k] = TextCellHeight.layOut(cell, TextCellHeight.innerWidth(cell));
                float height = lines[k] == null ? cell.getMaxHeight() : lines[k].heightOf(cell);
                if (height > maxHeight && cell.getRowspan() == 1) {
                    maxHeight = height;
                }
            }
            laidOut = lines;
            calculated = true;
            return maxHeight;
        }

        /**
         * Writes the row as {@code PdfPRow.writeCells} does, the text of its cells through
         * {@link TextCellWriter} with the numbers OpenPDF would use; a row with a cell that
         * cannot be written that way is written by OpenPDF whole.
         */
        @Override
        public void writeCells(int colStart, int colEnd, float xPos, float yPos, PdfContentByte[] canvases) {
            if (!calculated) {
                calculateHeights();
            }
            TextCellHeight[] lines = colStart <= 0 && (colEnd < 0 || colEnd >= cells.length) && cells[0] != null
                    ? linesToWrite(xPos - cells[0].getLeft()) : null;
            if (lines == null) {
                super.writeCells(colStart, colEnd, xPos, yPos, canvases);
                return;
            }
            float x = xPos - cells[0].getLeft();
            for (int k = 0; k < cells.length; k++) {
                PdfPCell cell = cells[k];
                if (cell == null) {
                    continue;
                }
                float rowHeight = maxHeight + extraHeights[k];
                writeBorderAndBackground(x, yPos, rowHeight, cell, canvases);
                float top = top(cell, yPos, rowHeight);
                float right = right(cell, x);
                float left = left(cell, x);
                float bottom = top - (rowHeight - cell.getEffectivePaddingTop() - cell.getEffectivePaddingBottom());
                if (top > bottom && left < right) {
                    // ColumnText.setSimpleColumn(left, bottom - 0.001f, right, top), as PdfPRow sets it.
                    float lly = bottom - 0.001f;
                    TextCellWriter.write(lines[k], cell.getHorizontalAlignment(), Math.min(left, right),
                            Math.min(lly, top), Math.max(lly, top), canvases);
                }
            }
        }

        /** Every cell's lines broken as wide as the cell will be written, or null if one cannot be written here. */
        private TextCellHeight[] linesToWrite(float x) {
            TextCellHeight[] lines = new TextCellHeight[cells.length];
            for (int k = 0; k < cells.length; k++) {
                PdfPCell cell = cells[k];
                if (cell == null) {
                    continue;
                }
                if (laidOut[k] == null || cell.getRotation() != 0 || !TextCellWriter.takes(cell, laidOut[k])) {
                    return null;
                }
                // the column's width as ColumnText.setSimpleColumn takes it
                float width = Math.max(left(cell, x), right(cell, x)) - Math.min(left(cell, x), right(cell, x));
                lines[k] = width == laidOut[k].width() ? laidOut[k] : laidOut[k].rebroken(cell, width);
                if (lines[k] == null && width > 0) {
                    return null;
                }
            }
            return lines;
        }

        /** The left edge of the cell's text, with {@code x} the row's, as {@code PdfPRow.writeCells} computes it. */
        private static float left(PdfPCell cell, float x) {
            return cell.getLeft() + x + cell.getEffectivePaddingLeft();
        }

        /** The right edge of the cell's text, as {@code PdfPRow.writeCells} computes it. */
        private static float right(PdfPCell cell, float x) {
            return cell.getRight() + x - cell.getEffectivePaddingRight();
        }

        /** Where the cell's text starts, as {@code PdfPRow.writeCells} places it for its vertical alignment. */
        private static float top(PdfPCell cell, float yPos, float rowHeight) {
            if (cell.getHeight() <= rowHeight) {
                switch (cell.getVerticalAlignment()) {
                    case Element.ALIGN_BOTTOM:
                        return cell.getTop() + yPos - rowHeight + cell.getHeight() - cell.getEffectivePaddingTop();
                    case Element.ALIGN_MIDDLE:
                        return cell.getTop() + yPos + (cell.getHeight() - rowHeight) / 2 - cell.getEffectivePaddingTop();
                    default:
                        break;
                }
            }
            return cell.getTop() + yPos - cell.getEffectivePaddingTop();
        }
    }
}
