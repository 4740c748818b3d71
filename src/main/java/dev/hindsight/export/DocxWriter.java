package dev.hindsight.export;

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

    private final XWPFDocument document;
    private final DocxStyles styles;

    DocxWriter(XWPFDocument document) {
        this.document = document;
        this.styles = DocxStyles.install(document);
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
