package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The height OpenPDF gives a table cell whose text is certainly one line, from its fonts' metrics,
 * without laying it out; {@code NaN} for any other cell, which OpenPDF then measures itself.
 *
 * <p>A cell is taken when it is the plain kind Hindsight makes for table text ({@link PdfBlocks#cell}:
 * text mode, the first line placed by its ascender, no bidi, no rotation, image, fixed height or
 * indent) and the widths of all its characters add up to less than its inner width, with a
 * margin, so OpenPDF's line breaker cannot break it. Its height is then the same sum OpenPDF makes
 * for one line: top padding, the highest ascender and the lowest descender of its fonts, bottom padding.
 */
final class OneLineHeight {
    /** Kept from the right edge, far more than the float rounding of summing character widths. */
    static final float MARGIN = 0.5f;
    /** Chunk attributes that change a line's width or break it. */
    private static final Set<String> WIDENING = Set.of(Chunk.IMAGE, Chunk.HSCALE, Chunk.CHAR_SPACING, Chunk.TAB,
            Chunk.SEPARATOR, Chunk.NEWPAGE);

    private OneLineHeight() {
    }

    /** The cell's height as OpenPDF would measure it, or {@code NaN} when it is not certainly one plain line. */
    static float of(PdfPCell cell) {
        Phrase phrase = cell.getPhrase();
        if (phrase == null || !plainTextCell(cell)) {
            return Float.NaN;
        }
        float inner = cell.getRight() - cell.getEffectivePaddingRight() - cell.getLeft() - cell.getEffectivePaddingLeft();
        float width = 0;
        float ascender = 0;
        float descender = 0;
        boolean printed = false;
        for (Object o : phrase.getChunks()) {
            Chunk chunk = (Chunk) o;
            String text = chunk.getContent();
            if (text.isEmpty()) {
                continue;
            }
            Font font = chunk.getFont();
            BaseFont base = font.getBaseFont();
            if (base == null || !measurable(base) || widening(chunk)) {
                return Float.NaN;
            }
            float size = font.getSize() == Font.UNDEFINED ? 12 : font.getSize();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c < 0x20 || c == 0x7f || noPrint(c)) {
                    return Float.NaN;
                }
                width += base.getWidthPoint(c, size);
                i += Character.charCount(c);
            }
            printed = true;
            ascender = Math.max(ascender, base.getFontDescriptor(BaseFont.ASCENT, size));
            descender = Math.min(descender, base.getFontDescriptor(BaseFont.DESCENT, size));
        }
        if (!printed || width > inner - MARGIN) {
            return Float.NaN;
        }
        float height = cell.getEffectivePaddingTop() + ascender
                - (cell.isUseDescender() ? descender : 0) + cell.getEffectivePaddingBottom();
        // OpenPDF's measuring leaves the cell's bottom where the text ended; do the same.
        cell.setBottom(cell.getTop() - height);
        return Math.max(height, cell.getMinimumHeight());
    }

    private static boolean plainTextCell(PdfPCell cell) {
        List<?> composite = cell.getCompositeElements();
        int direction = cell.getRunDirection();
        return (composite == null || composite.isEmpty()) && cell.getImage() == null && cell.getRotation() == 0
                && !cell.hasFixedHeight() && !cell.isNoWrap() && cell.isUseAscender()
                && cell.getIndent() == 0 && cell.getFollowingIndent() == 0 && cell.getRightIndent() == 0
                && cell.getHorizontalAlignment() != Element.ALIGN_JUSTIFIED_ALL
                && (direction == PdfWriter.RUN_DIRECTION_NO_BIDI || direction == PdfWriter.RUN_DIRECTION_DEFAULT);
    }

    /** Fonts whose characters map to themselves (not CJK's or a read document's encodings). */
    private static boolean measurable(BaseFont base) {
        int type = base.getFontType();
        return type == BaseFont.FONT_TYPE_TTUNI || type == BaseFont.FONT_TYPE_TT || type == BaseFont.FONT_TYPE_T1;
    }

    private static boolean widening(Chunk chunk) {
        Map<String, Object> attributes = chunk.getChunkAttributes();
        if (attributes == null) {
            return false;
        }
        for (String key : WIDENING) {
            if (attributes.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** Characters OpenPDF's line breaker skips (zero-width and bidi controls). */
    private static boolean noPrint(int c) {
        return c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e;
    }
}
