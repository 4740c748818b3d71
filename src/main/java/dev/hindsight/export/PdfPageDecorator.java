package dev.hindsight.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: a footer with the title, the confidentiality label and
 * "Page X of Y" (Y filled in when the document closes), and a diagonal DRAFT watermark
 * behind the text unless the report is final.
 */
final class PdfPageDecorator extends PdfPageEventHelper {
    private static final float FOOTER_SIZE = 8;
    private static final String TOTAL_SAMPLE = "0000";

    private final Phrase title;
    private final int titleDirection;
    private final Phrase confidentiality;
    private final boolean draft;
    private final BaseFont font;
    private final BaseFont bold;
    private final FittedTitle fitter;
    private PdfTemplate total;
    private int pages;
    private Phrase fittedTitle;
    private float fittedWidth;

    PdfPageDecorator(Phrase title, int titleDirection, Phrase confidentiality, boolean draft, PdfFonts fonts,
                     FittedTitle.Measure measure, com.lowagie.text.Chunk ellipsis) {
        this.title = title;
        this.titleDirection = titleDirection;
        this.fitter = new FittedTitle(measure, ellipsis);
        this.confidentiality = confidentiality;
        this.draft = draft;
        this.font = fonts.primary(PdfFonts.Face.REGULAR);
        this.bold = fonts.primary(PdfFonts.Face.BOLD);
    }

    int pages() {
        return pages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint(TOTAL_SAMPLE, FOOTER_SIZE), FOOTER_SIZE * 2);
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        if (draft) {
            watermark(writer.getDirectContentUnder(), document.getPageSize());
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float y = document.bottom() - 30;
        canvas.saveState();
        canvas.setColorStroke(PdfLook.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y + 12);
        canvas.lineTo(right, y + 12);
        canvas.stroke();
        canvas.restoreState();

        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = font.getWidthPoint(page, FOOTER_SIZE);
        float pageBlock = font.getWidthPoint("Page 0000 of " + TOTAL_SAMPLE, FOOTER_SIZE);
        float third = (right - left - pageBlock) / 2;
        ColumnText column = new ColumnText(canvas);
        column.setRunDirection(titleDirection);
        column.setSimpleColumn(left, y - 4, left + third - 8, y + FOOTER_SIZE + 2);
        column.setText(footerTitle(third - 8));
        column.setLeading(FOOTER_SIZE + 2);
        column.setAlignment(titleDirection == PdfWriter.RUN_DIRECTION_RTL ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        goQuietly(column);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, confidentiality, left + third + third / 2, y, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
        float x = right - pageBlock;
        canvas.beginText();
        canvas.setFontAndSize(font, FOOTER_SIZE);
        canvas.setColorFill(PdfLook.MUTED);
        canvas.setTextMatrix(x, y);
        canvas.showText(page);
        canvas.endText();
        canvas.addTemplate(total, x + pageWidth, y - FOOTER_SIZE / 2);
        pages = writer.getPageNumber();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, FOOTER_SIZE);
        total.setColorFill(PdfLook.MUTED);
        total.setTextMatrix(0, FOOTER_SIZE / 2);
        total.showText(Integer.toString(pages));
        total.endText();
    }

    private void watermark(PdfContentByte under, Rectangle page) {
        under.saveState();
        PdfGState state = new PdfGState();
        state.setFillOpacity(0.6f);
        under.setGState(state);
        under.beginText();
        under.setFontAndSize(bold, 120);
        under.setColorFill(PdfLook.WATERMARK);
        under.showTextAligned(Element.ALIGN_CENTER, "DRAFT", page.getWidth() / 2, page.getHeight() / 2 - 40, 50);
        under.endText();
        under.restoreState();
    }

    /** The title cut to fit one line of the footer, measured on the first page and reused on every other. */
    private Phrase footerTitle(float width) {
        if (fittedTitle == null || fittedWidth != width) {
            fittedTitle = fitter.fit(title, width);
            fittedWidth = width;
        }
        return fittedTitle;
    }

    private static void goQuietly(ColumnText column) {
        try {
            column.go();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
