package dev.hindsight.export;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;

/**
 * The bars of the block quotes a block sits in, drawn beside it in its indentation: one bar per
 * quote level, at {@code offsets} from the side the text starts on, each reaching down into the
 * space after the block when the next block is in the same quote, so a quote's bar is unbroken.
 */
final class QuoteBars implements PdfPTableEvent {
    private final float[] offsets;
    private final float[] extensions;
    private final boolean rightToLeft;
    private final float indent;

    QuoteBars(float[] offsets, float[] extensions, boolean rightToLeft, float indent) {
        this.offsets = offsets;
        this.extensions = extensions;
        this.rightToLeft = rightToLeft;
        this.indent = indent;
    }

    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float[] row = widths[0];
        float start = rightToLeft ? row[row.length - 1] + indent : row[0] - indent;
        float top = heights[0];
        float bottom = heights[heights.length - 1];
        canvas.saveState();
        canvas.setColorStroke(PdfLook.RULE);
        canvas.setLineWidth(2.5f);
        for (int i = 0; i < offsets.length; i++) {
            float x = rightToLeft ? start - offsets[i] : start + offsets[i];
            canvas.moveTo(x, top);
            canvas.lineTo(x, bottom - extensions[i]);
        }
        canvas.stroke();
        canvas.restoreState();
    }
}
