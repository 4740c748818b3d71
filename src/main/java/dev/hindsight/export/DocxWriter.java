package dev.hindsight.export;

import dev.hindsight.picture.PictureData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** The Word document being written: runs, tables with borders and a repeated header, and text direction. */
final class DocxWriter {
    /** The width of the text on an A4 or Letter page with Word's default margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9000;
    /** Twentieths of a point in a pixel of 1/96 inch. */
    private static final int TWIPS_PER_PIXEL = 15;
    /** The text width in pixels of 1/96 inch: no picture is wider. */
    static final double TEXT_WIDTH_PX = (double) TEXT_WIDTH / TWIPS_PER_PIXEL;
    /** No picture is taller than 8.5 inches, so that it and its caption fit on an A4 or Letter page. */
    private static final double MAX_HEIGHT_PX = 8.5 * 96;
    /** A cell's margins left and right together ({@link #table}), in pixels. */
    private static final double CELL_MARGINS_PX = 160.0 / TWIPS_PER_PIXEL;
    private static final int EMU_PER_PIXEL = 9525;

    private final XWPFDocument document;
    private final DocxStyles styles;
    private final ShownImages images;

    DocxWriter(XWPFDocument document, ShownImages images) {
        this.document = document;
        this.styles = DocxStyles.install(document);
        this.images = images;
    }

    ShownImages images() {
        return images;
    }

    /** The width in pixels of the text in a column of {@code percent} of the text width, inside its cell's margins. */
    static double columnWidthPx(int percent) {
        return Math.max(16, TEXT_WIDTH_PX * percent / 100 - CELL_MARGINS_PX);
    }

    /**
     * The picture as a run of {@code p}, at most {@code maxWidthPx} wide and never enlarged (96
     * pixels an inch), its alt text as the drawing's description for screen readers.
     */
    XWPFRun picture(XWPFParagraph p, ShownImages.Picture picture, double maxWidthPx) {
        int[] size = picture.fit(maxWidthPx, MAX_HEIGHT_PX);
        XWPFRun run = p.createRun();
        PictureData data = picture.data();
        int type = switch (data.mediaType()) {
            case "image/jpeg" -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG;
            case "image/gif" -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_GIF;
            default -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG;
        };
        try {
            run.addPicture(new ByteArrayInputStream(data.bytes()), type, data.name(),
                    size[0] * EMU_PER_PIXEL, size[1] * EMU_PER_PIXEL);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("POI refused a checked picture: " + data, e);
        }
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(picture.alt().isBlank() ? data.name() : picture.alt());
        return run;
    }

    XWPFDocument document() {
        return document;
    }

    DocxStyles styles() {
        return styles;
    }

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = document.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, boolean mono) {
        XWPFRun run = p.createRun();
        run.setText(text);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        if (mono) {
            run.setFontFamily(DocxProse.MONO);
            run.setFontSize(9);
        }
        return run;
    }

    /** A table across the page with thin borders; its first {@code headerRows} rows shaded and repeated on each page. */
    XWPFTable table(int rows, int columns, int headerRows, int... percents) {
        XWPFTable table = document.createTable(rows, columns);
        if (percents.length == columns) {
            // Column widths in the grid and on every cell: LibreOffice and Word read one or the other.
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int p : percents) {
                grid.addNewGridCol().setW(java.math.BigInteger.valueOf(TEXT_WIDTH * p / 100));
            }
            for (XWPFTableRow row : table.getRows()) {
                for (int c = 0; c < columns; c++) {
                    row.getCell(c).setWidth(Integer.toString(TEXT_WIDTH * percents[c] / 100));
                }
            }
        }
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "D0D7DE");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "D0D7DE");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "D0D7DE");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "D0D7DE");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "D0D7DE");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "D0D7DE");
        table.setCellMargins(40, 80, 40, 80);
        for (int r = 0; r < headerRows && r < rows; r++) {
            XWPFTableRow row = table.getRow(r);
            row.setRepeatHeader(true);
            row.getTableCells().forEach(c -> c.setColor("EEF1F4"));
        }
        return table;
    }

    /** Marks the paragraph and its runs right to left when its text starts in Arabic or Hebrew. */
    void direction(XWPFParagraph p, String text) {
        if (Direction.of(text) != com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_RTL) {
            return;
        }
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetBidi()) {
            ppr.addNewBidi();
        }
        for (XWPFRun run : p.getRuns()) {
            CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            rpr.addNewRtl();
        }
    }

    /** The text of a Markdown node, without its markup. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof org.commonmark.node.Code c) {
            sb.append(c.getLiteral());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, sb);
        }
    }
}
