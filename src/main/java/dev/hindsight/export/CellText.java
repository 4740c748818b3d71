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
 * The text of a table cell of the plain kind {@link TextCellHeight} lays out, read from its
 * phrase: every character and the run (chunk and font) it belongs to; null for any other cell.
 *
 * <p>Plain: a cell Hindsight makes for table text ({@link PdfBlocks#cell}: text mode, the first
 * line placed by its ascender, no bidi, rotation, image, fixed height, no-wrap, indent or extra
 * paragraph space, not justified on its last line) whose chunks use fonts that map characters to
 * themselves and no attribute that changes widths or breaks (images, tabs, scaling, spacing,
 * hyphenation, split characters), and whose text has no control character but line feeds and no
 * lone surrogate.
 */
final class CellText {
    private static final Set<String> UNSUPPORTED = Set.of(Chunk.IMAGE, Chunk.HSCALE, Chunk.CHAR_SPACING, Chunk.TAB,
            Chunk.SEPARATOR, Chunk.NEWPAGE, Chunk.HYPHENATION, Chunk.SPLITCHARACTER);

    /**
     * One chunk and its font: what a line needs from it. Characters of one chunk share one run.
     * {@code stroked}: the chunk has attributes (OpenPDF draws or reports them with its text);
     * {@code plain}: its font has no simulated style and its only attributes are a generic tag and
     * underlines, what {@link TextCellWriter} writes.
     */
    record Run(Chunk chunk, BaseFont base, float size, float ascent, float descent, boolean stroked, boolean plain) {
    }

    private static boolean plainTextCell(PdfPCell cell) {
        List<?> composite = cell.getCompositeElements();
        int direction = cell.getRunDirection();
        return (composite == null || composite.isEmpty()) && cell.getImage() == null && cell.getRotation() == 0
                && !cell.hasFixedHeight() && !cell.isNoWrap() && cell.isUseAscender()
                && cell.getIndent() == 0 && cell.getFollowingIndent() == 0 && cell.getRightIndent() == 0
                && cell.getExtraParagraphSpace() == 0
                && cell.getHorizontalAlignment() != Element.ALIGN_JUSTIFIED_ALL
                && (direction == PdfWriter.RUN_DIRECTION_NO_BIDI || direction == PdfWriter.RUN_DIRECTION_DEFAULT);
    }

    /** The phrase's characters and each one's font, or null when something in it is not handled here. */
    private static CellText read(Phrase phrase) {
        List<?> chunks = phrase.getChunks();
        int length = 0;
        for (Object o : chunks) {
            length += ((Chunk) o).getContent().length();
        }
        if (length == 0) {
            return null;
        }
        char[] chars = new char[length];
        Run[] runs = new Run[length];
        boolean plainRuns = true;
        int at = 0;
        for (Object o : chunks) {
            Chunk chunk = (Chunk) o;
            String content = chunk.getContent();
            if (content.isEmpty()) {
                continue;
            }
            Run run = run(chunk);
            if (run == null) {
                return null;
            }
            plainRuns &= run.plain();
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c < ' ' && c != '\n'
                        || Character.isHighSurrogate(c) && (i + 1 == content.length()
                                || !Character.isLowSurrogate(content.charAt(i + 1)))
                        || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(content.charAt(i - 1)))) {
                    return null;
                }
                chars[at] = c;
                runs[at++] = run;
            }
        }
        return new CellText(chars, runs, plainRuns);
    }

    private static Run run(Chunk chunk) {
        Font font = chunk.getFont();
        BaseFont base = font.getBaseFont();
        if (base == null) {
            return null;
        }
        int type = base.getFontType();
        if (type != BaseFont.FONT_TYPE_TTUNI && type != BaseFont.FONT_TYPE_TT && type != BaseFont.FONT_TYPE_T1) {
            return null; // CJK and read fonts map characters through their own encodings
        }
        Map<String, Object> attributes = chunk.getChunkAttributes();
        if (attributes != null) {
            for (String key : UNSUPPORTED) {
                if (attributes.containsKey(key)) {
                    return null;
                }
            }
        }
        float size = font.getSize() == Font.UNDEFINED ? 12 : font.getSize();
        boolean plain = font.getStyle() == Font.NORMAL || font.getStyle() == Font.UNDEFINED;
        if (attributes != null) {
            for (String key : attributes.keySet()) {
                plain &= key.equals(Chunk.GENERICTAG) || key.equals(Chunk.UNDERLINE);
            }
        }
        return new Run(chunk, base, size, base.getFontDescriptor(BaseFont.ASCENT, size),
                base.getFontDescriptor(BaseFont.DESCENT, size), attributes != null && !attributes.isEmpty(), plain);
    }

    private final char[] chars;
    private final Run[] runs;
    private final boolean plainRuns;

    private CellText(char[] chars, Run[] runs, boolean plainRuns) {
        this.chars = chars;
        this.runs = runs;
        this.plainRuns = plainRuns;
    }

    /** The cell's text, or null when the cell or its text is not the plain kind. */
    static CellText of(PdfPCell cell) {
        Phrase phrase = cell.getPhrase();
        return phrase == null || !plainTextCell(cell) ? null : read(phrase);
    }

    char[] chars() {
        return chars;
    }

    Run[] runs() {
        return runs;
    }

    /** Whether every chunk is of the kind {@link TextCellWriter} writes ({@link Run#plain}). */
    boolean plainRuns() {
        return plainRuns;
    }
}
