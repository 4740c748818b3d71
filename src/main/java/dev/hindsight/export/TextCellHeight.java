package dev.hindsight.export;

import com.lowagie.text.pdf.PdfPCell;
import java.util.Arrays;

/**
 * The lines OpenPDF breaks a table cell of plain left-to-right text into ({@link CellText} says
 * which cells), and so the height it gives the cell, found without building any of OpenPDF's
 * layout objects; {@code NaN} for any other cell, which OpenPDF then measures itself.
 *
 * <p>What follows mirrors {@code BidiLine.getParagraph/processLine} and {@code ColumnText.go} of
 * OpenPDF 2.0 for that case: character widths summed in the same float order, the same split
 * characters, the same trimming, zero-width and bidi controls skipped as OpenPDF skips them (they
 * print nothing), first line by its ascender, the next ones by the leading, the last one's
 * descender, and the width each line leaves, which places it when it is not left-aligned.
 * {@code QuickHeightTableTest} compares the heights on generated cells and {@code TextCellWriterTest}
 * the lines written.
 */
final class TextCellHeight {
    private final CellText text;
    private final char[] chars;
    private final CellText.Run[] runs;
    private final float fixedLeading;
    private final float multipliedLeading;
    private float descender;
    private float width;
    /** Each line's first character and the one after its last, in pairs. */
    private int[] bounds = new int[8];
    /** How far each line's baseline is below the one before, or below the top for the first. */
    private float[] leadings = new float[4];
    /** The width each line leaves unfilled, as OpenPDF's {@code PdfLine} has it. */
    private float[] unfilled = new float[4];
    private int lines;

    private TextCellHeight(CellText text, PdfPCell cell) {
        this.text = text;
        this.chars = text.chars();
        this.runs = text.runs();
        this.fixedLeading = cell.getLeading();
        this.multipliedLeading = cell.getMultipliedLeading();
    }

    /** The cell's height as OpenPDF would measure it, or {@code NaN} when it is not the plain kind. */
    static float of(PdfPCell cell) {
        TextCellHeight text = layOut(cell, innerWidth(cell));
        return text == null ? Float.NaN : text.heightOf(cell);
    }

    /** The width OpenPDF measures the cell's text in: its column, as {@code PdfPCell.getMaxHeight} sets it. */
    static float innerWidth(PdfPCell cell) {
        return (cell.getRight() - cell.getEffectivePaddingRight()) - (cell.getLeft() + cell.getEffectivePaddingLeft());
    }

    /** The cell's text broken into lines {@code width} wide, or null when it is not the plain kind. */
    static TextCellHeight layOut(PdfPCell cell, float width) {
        CellText text = width > 0 ? CellText.of(cell) : null;
        return text == null ? null : breakIn(text, cell, width);
    }

    /** The same text broken {@code width} wide, or null. */
    TextCellHeight rebroken(PdfPCell cell, float width) {
        return width > 0 ? breakIn(text, cell, width) : null;
    }

    private static TextCellHeight breakIn(CellText text, PdfPCell cell, float width) {
        TextCellHeight lines = new TextCellHeight(text, cell);
        return lines.breakLines(width) ? lines : null;
    }

    /**
     * The height of {@code cell}, laid out here, as OpenPDF measures it: its bottom set where the
     * text ends, with the same float operations in the same order ({@code PdfPCell.getMaxHeight}).
     */
    float heightOf(PdfPCell cell) {
        float yLine = cell.getTop() - cell.getEffectivePaddingTop();
        for (int line = 0; line < lines; line++) {
            yLine -= leadings[line];
        }
        if (cell.isUseDescender()) {
            yLine += descender;
        }
        cell.setBottom(yLine - cell.getEffectivePaddingBottom());
        float height = cell.getHeight();
        return height < cell.getMinimumHeight() ? cell.getMinimumHeight() : height;
    }

    /** Whether every chunk is of the kind {@link TextCellWriter} writes ({@link CellText.Run#plain}). */
    boolean plainRuns() {
        return text.plainRuns();
    }

    /** The width the lines were broken in. */
    float width() {
        return width;
    }

    int lines() {
        return lines;
    }

    /** How far line {@code line}'s baseline is below the one before it, or below the top for the first line. */
    float leading(int line) {
        return leadings[line];
    }

    /** The width line {@code line} leaves unfilled. */
    float unfilled(int line) {
        return unfilled[line];
    }

    /** The first character of line {@code line}. */
    int from(int line) {
        return bounds[2 * line];
    }

    /** The character after the last one of line {@code line}; {@link #from} for an empty line. */
    int to(int line) {
        return bounds[2 * line + 1];
    }

    char[] chars() {
        return chars;
    }

    /** The run of character {@code index}. */
    CellText.Run run(int index) {
        return runs[index];
    }

    /** Breaks every paragraph into lines, adding their heights; false where OpenPDF does something odd. */
    private boolean breakLines(float width) {
        this.width = width;
        int start = 0;
        while (start < chars.length) {
            int end = start;
            while (end < chars.length && chars[end] != '\n') {
                end++;
            }
            // OpenPDF drops a paragraph's trailing spaces; one left empty is still a line.
            int trimmed = end;
            while (trimmed > start && isBlank(chars[trimmed - 1])) {
                trimmed--;
            }
            if (trimmed == start) {
                line(start, start, 0);
            } else if (!paragraph(start, trimmed, width)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private boolean paragraph(int start, int end, float width) {
        int current = start;
        while (current < end) {
            if (current != start) {
                while (current < end && isBlank(chars[current])) {
                    current++;
                }
                if (current == end) {
                    return false; // cannot happen after the trim above; OpenPDF would read past the text
                }
            }
            int lineStart = current;
            float left = width;
            int lastSplit = -1;
            boolean fitted = false;
            boolean surrogate = false;
            for (; current < end; current++) {
                surrogate = Character.isHighSurrogate(chars[current]) && current + 1 < end
                        && Character.isLowSurrogate(chars[current + 1]);
                int c = surrogate ? Character.toCodePoint(chars[current], chars[current + 1]) : chars[current];
                if (isNoPrint(c)) {
                    continue;
                }
                float charWidth = runs[current].base().getWidthPoint(c, runs[current].size());
                boolean split = isSplit(chars[current]);
                if (split && Character.isWhitespace((char) c)) {
                    lastSplit = current;
                }
                if (left - charWidth < 0) {
                    break;
                }
                if (split) {
                    lastSplit = current;
                }
                left -= charWidth;
                fitted = true;
                if (surrogate) {
                    current++;
                }
            }
            if (!fitted) {
                current += surrogate ? 2 : 1; // not one character fits: it goes alone on its line
                line(current - 1, current, 0);
            } else if (current >= end) {
                line(lineStart, end, left);
            } else {
                int trimmed = trimRight(lineStart, current - 1);
                if (trimmed < lineStart) {
                    line(lineStart, current, left);
                } else if (lastSplit == -1 || lastSplit >= trimmed) {
                    line(lineStart, trimmed + 1, left + widthOf(trimmed + 1, current - 1));
                } else {
                    current = lastSplit + 1;
                    int kept = trimRight(lineStart, lastSplit);
                    int to = kept < lineStart ? current : kept + 1;
                    line(lineStart, to, width - widthOf(lineStart, to - 1));
                }
            }
        }
        return true;
    }

    private int trimRight(int from, int index) {
        while (index >= from && isBlank(chars[index])) {
            index--;
        }
        return index;
    }

    /** The width of the characters from {@code from} to {@code last}, both included, as {@code BidiLine.getWidth} adds it. */
    private float widthOf(int from, int last) {
        float width = 0;
        for (int i = from; i <= last; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                width += runs[i].base().getWidthPoint(Character.toCodePoint(chars[i], chars[i + 1]), runs[i].size());
                i++;
            } else if (!isNoPrint(chars[i])) {
                width += runs[i].base().getWidthPoint(chars[i], runs[i].size());
            }
        }
        return width;
    }

    /** White space or a character that prints nothing: what OpenPDF trims at the ends of lines. */
    private static boolean isBlank(char c) {
        return c <= ' ' || isNoPrint(c);
    }

    /** The zero-width and bidi controls OpenPDF skips ({@code PdfChunk.noPrint}). */
    static boolean isNoPrint(int c) {
        return c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e;
    }

    /**
     * One line of the characters from {@code from} (inclusive) to {@code to} (exclusive), leaving
     * {@code unfilledWidth}; an empty range takes from's font. Characters that print nothing are no
     * part of the line's chunks, so not of its height.
     */
    private void line(int from, int to, float unfilledWidth) {
        float size = 0;
        float ascent = 0;
        float descent = 0;
        for (int i = from; i < Math.max(to, from + 1); i++) {
            if (to > from && isNoPrint(chars[i])) {
                continue;
            }
            CellText.Run run = runs[i];
            size = Math.max(size, run.size());
            ascent = Math.max(ascent, run.ascent());
            descent = Math.min(descent, run.descent());
        }
        if (lines == leadings.length) {
            leadings = Arrays.copyOf(leadings, lines * 2);
            unfilled = Arrays.copyOf(unfilled, lines * 2);
            bounds = Arrays.copyOf(bounds, lines * 4);
        }
        // ColumnText: the first line by its ascender, the next ones by the leading (-10000 stands for no image).
        leadings[lines] = lines == 0 ? ascent : Math.max(fixedLeading + size * multipliedLeading, -10000f);
        descender = descent;
        unfilled[lines] = unfilledWidth;
        bounds[2 * lines] = from;
        bounds[2 * lines + 1] = to;
        lines++;
    }

    /** OpenPDF's default split characters. */
    private static boolean isSplit(char c) {
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        return c >= 0x2002 && (c <= 0x200b || c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00
                || c >= 0xfe30 && c < 0xfe50 || c >= 0xff61 && c < 0xffa0);
    }
}
