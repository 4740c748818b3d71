package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick table's rows are exactly as high as OpenPDF's own: generated cells of every kind
 * Hindsight puts in tables (scripts, emoji, marks, Markdown, line breaks, tabs, zero-width
 * characters, lengths around a line's width, paddings, borders, minimum heights) get the same
 * row heights in a {@link QuickHeightTable} as in a plain {@link PdfPTable}, whether the rows are
 * measured when the table gets its width or when they are added to a table that has one.
 */
class QuickHeightTableTest {

    private final Typesetter type;
    private final GeneratedCells generated;

    QuickHeightTableTest() throws java.io.IOException {
        type = new Typesetter(PdfFonts.bundled());
        generated = new GeneratedCells(type);
    }

    @Test
    void rowsMeasuredWhenTheTableGetsItsWidthAreAsHighAsOpenPdfs() {
        Random random = new Random(20261202L);
        int quick = 0;
        int cells = 0;
        for (int round = 0; round < 60; round++) {
            TablePair tables = TablePair.of(3, generated.next(random, 3 * 40), 150 + random.nextInt(400));
            PdfPTable plain = tables.plain();
            PdfPTable fast = tables.fast();
            for (int k = 0; k < plain.size(); k++) {
                assertThat(fast.getRowHeight(k)).as("round %d row %d", round, k)
                        .isCloseTo(plain.getRowHeight(k), within(0.001f));
                for (PdfPCell cell : fast.getRow(k).getCells()) {
                    cells++;
                    quick += Float.isNaN(TextCellHeight.of(cell)) ? 0 : 1;
                }
            }
            assertThat(fast.getTotalHeight()).isCloseTo(plain.getTotalHeight(), within(0.05f));
        }
        // Both ways of measuring were tried many times.
        assertThat(quick).isBetween(cells / 2, cells * 19 / 20);
    }

    @Test
    void rowsAddedToATableThatHasAWidthAreAsHighAsOpenPdfs() {
        Random random = new Random(7L);
        PdfPTable plain = new PdfPTable(3);
        PdfPTable fast = new QuickHeightTable(3);
        plain.setTotalWidth(480);
        fast.setTotalWidth(480);
        for (int r = 0; r < 500; r++) {
            for (int c = 0; c < 3; c++) {
                PdfPCell cell = generated.next(random);
                plain.addCell(cell);
                fast.addCell(cell);
            }
        }
        assertThat(fast.getRows()).allMatch(row -> row instanceof QuickHeightTable.QuickRow);
        for (int k = 0; k < plain.size(); k++) {
            assertThat(fast.getRowHeight(k)).as("row %d", k).isCloseTo(plain.getRowHeight(k), within(0.001f));
        }
        assertThat(fast.getTotalHeight()).isCloseTo(plain.getTotalHeight(), within(0.05f));
    }

    @Test
    void aWordLongerThanTheCellIsCutWhereOpenPdfCutsIt() {
        for (String text : new String[] {"W".repeat(200), "https://example.com/" + "path/".repeat(40), "東京".repeat(80),
            "🔥".repeat(90), "a " + "W".repeat(120) + " b", "   leading spaces and trailing   ", " \n \n x\n\n", "\n"}) {
            PdfPCell cell = PdfBlocks.cell(type.phrase(text, PdfLook.BODY_TEXT, ""), PdfWriter.RUN_DIRECTION_LTR);
            for (float width : new float[] {12, 45, 300}) {
                TablePair tables = TablePair.of(1, List.of(cell), width);
                PdfPTable plain = tables.plain();
                PdfPTable fast = tables.fast();
                assertThat(TextCellHeight.of(fast.getRow(0).getCells()[0])).as("%s in %s", text, width).isNotNaN();
                assertThat(fast.getRowHeight(0)).as("%s in %s", text, width)
                        .isCloseTo(plain.getRowHeight(0), within(0.001f));
            }
        }
    }

    @Test
    void rightToLeftTextIsLeftToOpenPdf() {
        PdfPCell cell = PdfBlocks.cell(type.phrase("שלום עולם", PdfLook.BODY_TEXT, ""), Direction.of("שלום"));
        PdfPTable table = new QuickHeightTable(1);
        PdfPTable plain = new PdfPTable(1);
        table.addCell(cell);
        plain.addCell(cell);
        table.setTotalWidth(300);
        plain.setTotalWidth(300);
        PdfPRow row = table.getRow(0);
        assertThat(TextCellHeight.of(row.getCells()[0])).isNaN();
        assertThat(row.getMaxHeights()).isPositive().isEqualTo(plain.getRowHeight(0));
    }
}
