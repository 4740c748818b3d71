package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Writes the lines of a plain text cell ({@link TextCellHeight}) onto a table's text canvas with
 * the calls OpenPDF's {@code ColumnText.go} and {@code PdfDocument.writeLineToContent} make for
 * such a cell, in the same order and with the same numbers, so that the page's content is the
 * same byte for byte; OpenPDF would build its line layout objects for every cell a second time
 * to write it (decision 0046). {@code TextCellWriterTest} compares the bytes on generated cells.
 *
 * <p>Taken, beyond what {@link TextCellHeight} takes: cells aligned left, right or centred, without a cell event,
 * whose chunks have a plain font style (no simulated bold, italic, underline or strike) and no
 * attribute but a generic tag (Hindsight's links) and an underline, which are drawn here as
 * OpenPDF draws them.
 */
final class TextCellWriter {
    private final PdfContentByte canvas;
    private PdfContentByte text;
    private CellText.Run font;

    private TextCellWriter(PdfContentByte canvas) {
        this.canvas = canvas;
    }

    /** Whether the cell, laid out as {@code text}, can be written here. */
    static boolean takes(PdfPCell cell, TextCellHeight text) {
        int alignment = cell.getHorizontalAlignment();
        return (alignment == Element.ALIGN_LEFT || alignment == Element.ALIGN_RIGHT || alignment == Element.ALIGN_CENTER)
                && cell.getCellEvent() == null && !cell.hasFixedHeight() && text.plainRuns();
    }

    /**
     * Writes the lines into the column from {@code leftX} to {@code leftX + width}, between
     * {@code minY} and {@code maxY}, as a {@code ColumnText} given that simple column would; the
     * lines must have been broken {@code width} wide. Lines that do not fit are left out, as
     * OpenPDF leaves them.
     */
    static void write(TextCellHeight lines, int alignment, float leftX, float minY, float maxY,
            PdfContentByte[] canvases) {
        new TextCellWriter(canvases[PdfPTable.TEXTCANVAS]).lines(lines, alignment, leftX, minY, maxY);
    }

    private void lines(TextCellHeight lines, int alignment, float leftX, float minY, float maxY) {
        float yLine = maxY;
        for (int line = 0; line < lines.lines(); line++) {
            int from = lines.from(line);
            int to = lines.to(line);
            float leading = lines.leading(line);
            if (yLine > maxY || yLine - leading < minY) {
                break;
            }
            yLine -= leading;
            if (text == null) {
                text = canvas.getDuplicate();
                text.beginText();
            }
            // ColumnText: x1 + firstIndent + PdfLine.indentLeft(), the line's left being 0
            float indent = switch (alignment) {
                case Element.ALIGN_RIGHT -> 0f + lines.unfilled(line);
                case Element.ALIGN_CENTER -> 0f + lines.unfilled(line) / 2f;
                default -> 0f;
            };
            text.setTextMatrix(leftX + 0f + indent, yLine);
            line(lines, from, to);
        }
        if (text != null) {
            text.endText();
            canvas.add(text);
        }
    }

    /**
     * One line, chunk by chunk, as {@code PdfDocument.writeLineToContent} writes a line that is not
     * justified: a chunk is a run of the characters of one of the phrase's chunks, those that
     * print nothing left out ({@code BidiLine.createArrayOfPdfChunks}).
     */
    private void line(TextCellHeight lines, int from, int to) {
        float xMarker = text.getXTLM();
        float yMarker = text.getYTLM();
        int lastStroked = -1;
        for (int i = from; i < to; i++) {
            if (!TextCellHeight.isNoPrint(lines.chars()[i]) && lines.run(i).stroked()) {
                lastStroked = i;
            }
        }
        if (from == to) {
            // an empty line: one empty chunk of the first character's
            chunk(lines.run(from), "", true, xMarker, yMarker);
            return;
        }
        StringBuilder piece = new StringBuilder();
        CellText.Run run = null;
        int start = -1;
        for (int i = from; i < to; i++) {
            if (TextCellHeight.isNoPrint(lines.chars()[i])) {
                continue;
            }
            if (lines.run(i) != run) {
                if (run != null) {
                    xMarker = chunk(run, piece.toString(), start <= lastStroked, xMarker, yMarker);
                    piece.setLength(0);
                }
                run = lines.run(i);
                start = i;
            }
            piece.append(lines.chars()[i]);
        }
        if (run != null) {
            chunk(run, piece.toString(), start <= lastStroked, xMarker, yMarker);
        }
    }

    /** One chunk of a line, its underlines and tag before its text as OpenPDF has them; returns where the next one starts. */
    private float chunk(CellText.Run run, String piece, boolean measured, float xMarker, float yMarker) {
        float next = xMarker;
        if (measured) {
            float width = run.base().getWidthPoint(piece, run.size());
            if (run.stroked()) {
                underline(run, xMarker, yMarker, width);
                tag(run, xMarker, yMarker, width);
            }
            next += width;
        }
        show(run, piece);
        return next;
    }

    private void show(CellText.Run run, String piece) {
        if (font == null || font.base() != run.base() || font.size() != run.size()) {
            font = run;
            text.setFontAndSize(run.base(), run.size());
        }
        Color color = run.chunk().getFont().getColor();
        if (color != null) {
            text.setColorFill(color);
        }
        text.showText(piece);
        if (color != null) {
            text.resetRGBColorFill();
        }
    }

    /** The chunk's underlines, drawn on the canvas under the text as OpenPDF draws them. */
    private void underline(CellText.Run run, float xMarker, float yMarker, float width) {
        Object[][] unders = (Object[][]) run.chunk().getChunkAttributes().get(Chunk.UNDERLINE);
        if (unders == null) {
            return;
        }
        Color color = run.chunk().getFont().getColor();
        for (Object[] under : unders) {
            Color stroke = under[0] == null ? color : (Color) under[0];
            float[] ps = (float[]) under[1];
            if (stroke != null) {
                canvas.setColorStroke(stroke);
            }
            canvas.setLineWidth(ps[0] + run.size() * ps[1]);
            float shift = ps[2] + run.size() * ps[3];
            int cap = (int) ps[4];
            if (cap != 0) {
                canvas.setLineCap(cap);
            }
            canvas.moveTo(xMarker, yMarker + shift);
            canvas.lineTo(xMarker + width, yMarker + shift);
            canvas.stroke();
            if (stroke != null) {
                canvas.resetGrayStroke();
            }
            if (cap != 0) {
                canvas.setLineCap(0);
            }
        }
        canvas.setLineWidth(1);
    }

    /** The chunk's generic tag, handed to the page event with the chunk's place, as OpenPDF hands it. */
    private void tag(CellText.Run run, float xMarker, float yMarker, float width) {
        Object tag = run.chunk().getChunkAttributes().get(Chunk.GENERICTAG);
        PdfWriter writer = canvas.getPdfWriter();
        PdfPageEvent event = writer.getPageEvent();
        if (tag == null || event == null) {
            return;
        }
        String name = "".equals(tag) ? run.chunk().getContent() : (String) tag;
        event.onGenericTag(writer, canvas.getPdfDocument(), new Rectangle(xMarker, yMarker, xMarker + width,
                yMarker + run.size()), name);
    }
}
