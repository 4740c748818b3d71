package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks of PDF text, each a borderless one-row table. OpenPDF applies the bidi algorithm and
 * Arabic shaping only inside table cells and columns, never to a plain paragraph, so every
 * piece of report text goes through a cell with its run direction set. A block narrower than
 * its container is indented from the side the text starts on.
 */
final class PdfBlocks {
    /** Characters of one block of text, about a page of body text. */
    static final int PIECE = 3000;

    private PdfBlocks() {
    }

    /** A cell for text: no border, the report's leading, bidi on, right-to-left when the text starts so. */
    static PdfPCell cell(Phrase phrase, int direction) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(0, PdfLook.LEADING);
        // Bidi is a no-op on text without right-to-left letters, and costs a third of a long timeline's layout.
        boolean plain = direction == PdfWriter.RUN_DIRECTION_LTR && !dev.hindsight.model.RightToLeft.in(phrase.getContent());
        cell.setRunDirection(plain ? PdfWriter.RUN_DIRECTION_NO_BIDI : direction);
        cell.setPhrase(phrase);
        return cell;
    }

    /**
     * Text as one block, or as several when it is longer than {@link #PIECE} characters: OpenPDF
     * lays out again what is left of a cell on every page the cell spans, so one huge cell costs
     * time growing with the square of its length; pieces cut after a space keep that linear.
     */
    static List<PdfPTable> blocks(Phrase phrase, int direction, float width, float indent, float spaceAfter) {
        List<PdfPTable> out = new ArrayList<>();
        for (Phrase piece : pieces(phrase, PIECE)) {
            out.add(block(cell(piece, direction), width, indent, 0));
        }
        out.get(out.size() - 1).setSpacingAfter(spaceAfter);
        return out;
    }

    /** The phrase cut into phrases of at most about {@code max} characters, after a space where there is one. */
    static List<Phrase> pieces(Phrase phrase, int max) {
        List<Phrase> out = new ArrayList<>();
        Phrase current = new Phrase();
        int length = 0;
        for (Object o : phrase.getChunks()) {
            Chunk chunk = (Chunk) o;
            String text = chunk.getContent();
            int from = 0;
            while (text.length() - from > max - length) {
                int cut = cutBefore(text, from, from + (max - length));
                if (cut > from) {
                    current.add(copy(chunk, text.substring(from, cut)));
                }
                out.add(current);
                current = new Phrase();
                length = 0;
                from = cut;
            }
            if (from < text.length()) {
                current.add(copy(chunk, text.substring(from)));
                length += text.length() - from;
            }
        }
        if (!current.isEmpty() || out.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Where to end a piece at or before {@code limit}: after the last space past the middle, else between two characters. */
    private static int cutBefore(String text, int from, int limit) {
        for (int i = limit; i > from + (limit - from) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        int cut = Math.max(limit, from + 1);
        while (cut < text.length() && (Character.isLowSurrogate(text.charAt(cut))
                || Character.getType(text.codePointAt(cut)) == Character.NON_SPACING_MARK
                || Character.getType(text.codePointAt(cut)) == Character.FORMAT)) {
            cut++;
        }
        return Math.min(cut, text.length());
    }

    private static Chunk copy(Chunk chunk, String text) {
        Chunk piece = new Chunk(text, chunk.getFont());
        if (chunk.hasAttributes()) {
            piece.setChunkAttributes(new java.util.HashMap<>(chunk.getChunkAttributes()));
        }
        return piece;
    }

    /** A cell holding other elements (tables), for boxes and quotes. */
    static PdfPCell composite(int direction) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setRunDirection(direction);
        return cell;
    }

    /** One block: {@code cell} in a table {@code indent} points narrower than {@code width}, with space after it. */
    static PdfPTable block(PdfPCell cell, float width, float indent, float spaceAfter) {
        PdfPTable table = new QuickHeightTable(1);
        table.setWidthPercentage(percent(width, indent));
        boolean rtl = cell.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL;
        table.setHorizontalAlignment(rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        table.setSplitLate(false);
        table.setSpacingAfter(spaceAfter);
        table.addCell(cell);
        return table;
    }

    /** A list item's first block: the marker in a narrow column, the text beside it. */
    static PdfPTable marked(Phrase marker, PdfPCell text, float width, float indent, float markerWidth,
                            float spaceAfter) {
        PdfPTable table = new QuickHeightTable(2);
        table.setWidthPercentage(percent(width, indent));
        float rest = Math.max(width - indent - markerWidth, 1);
        boolean rtl = text.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL;
        // Widths go left to right on the page, cells in reading order: right to left here when RTL.
        PdfFrontPage.setWidths(table, rtl ? new float[] {rest, markerWidth} : new float[] {markerWidth, rest});
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        table.setHorizontalAlignment(rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        table.setSplitLate(false);
        table.setSpacingAfter(spaceAfter);
        PdfPCell markerCell = cell(marker, text.getRunDirection());
        markerCell.setHorizontalAlignment(rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        markerCell.setPaddingRight(rtl ? 0 : 5);
        markerCell.setPaddingLeft(rtl ? 5 : 0);
        table.addCell(markerCell);
        table.addCell(text);
        return table;
    }

    /** A thin rule across the block's width. */
    static PdfPTable rule(float width, float indent, Color color) {
        PdfPCell cell = composite(PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(color);
        cell.setBorderWidth(0.75f);
        cell.setFixedHeight(4);
        return block(cell, width, indent, 6);
    }

    private static float percent(float width, float indent) {
        return Math.max(10, 100 * (width - indent) / width);
    }
}
