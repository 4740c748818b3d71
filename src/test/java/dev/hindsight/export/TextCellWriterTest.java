package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Table rows written by {@link TextCellWriter} are the rows OpenPDF writes, byte for byte: the
 * same content on every canvas and the same generic tags (links) at the same places, for generated
 * cells of every kind, row by row and in whole documents whose tables cross pages.
 */
class TextCellWriterTest {
    private final GeneratedCells cells;

    TextCellWriterTest() throws IOException {
        cells = new GeneratedCells(new Typesetter(PdfFonts.bundled()));
    }

    /** What the page event was told about generic tags. */
    private static final class Tags extends PdfPageEventHelper {
        final List<String> seen = new ArrayList<>();

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
            seen.add(text + " " + rect.getLeft() + " " + rect.getBottom() + " " + rect.getRight() + " " + rect.getTop());
        }
    }

    @Test
    void eachRowWritesWhatOpenPdfWrites() throws Exception {
        Random random = new Random(20261202L);
        int written = 0;
        int rows = 0;
        for (int round = 0; round < 60; round++) {
            TablePair tables = TablePair.of(3, cells.next(random, 3 * 40), 150 + random.nextInt(400));
            PdfPTable plain = tables.plain();
            PdfPTable fast = tables.fast();
            float x = 36.37f + random.nextInt(50);
            float y = 700.13f - random.nextInt(300);
            for (int k = 0; k < plain.size(); k++) {
                int row = k;
                Written expected = write(canvases -> plain.writeSelectedRows(row, row + 1, x, y, canvases));
                Written actual = write(canvases -> fast.writeSelectedRows(row, row + 1, x, y, canvases));
                assertThat(actual.canvases).as("round %d row %d", round, k).isEqualTo(expected.canvases);
                assertThat(actual.tags).as("round %d row %d", round, k).isEqualTo(expected.tags);
                rows++;
                written += writtenHere(fast.getRow(k)) ? 1 : 0;
            }
        }
        // Both the writer and OpenPDF wrote many rows (a row goes to OpenPDF whole when one of its cells is not plain).
        assertThat(written).isBetween(rows / 10, rows * 19 / 20);
    }

    @Test
    void documentsWhoseTablesCrossPagesAreTheSame() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            List<byte[]> expected = pages(new PdfPTable(3), new Random(seed));
            List<byte[]> actual = pages(new QuickHeightTable(3), new Random(seed));
            assertThat(actual).as("seed %d", seed).hasSameSizeAs(expected).hasSizeGreaterThan(4);
            for (int page = 0; page < expected.size(); page++) {
                assertThat(new String(actual.get(page), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as("seed %d page %d", seed, page + 1)
                        .isEqualTo(new String(expected.get(page), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void embeddedDirectionsAndRightOrCentredTextAreWrittenHereAsOpenPdfWritesThem() throws Exception {
        Typesetter type = new Typesetter(PdfFonts.bundled());
        String[] texts = {"\u202AAction 5: checks was kept kept\u202C\u200E \u2014 \u202ATeam 0\u202C\u200E, due 2024-07-01",
            "\u2022", "12", "\u202A\u202C\u200E", "a\u200Bvery\u200Blong\u200Bword\u200Bwith\u200Bzero\u200Bwidth\u200Bspaces"};
        for (String text : texts) {
            for (int alignment : new int[] {com.lowagie.text.Element.ALIGN_LEFT, com.lowagie.text.Element.ALIGN_RIGHT,
                com.lowagie.text.Element.ALIGN_CENTER}) {
                for (float width : new float[] {12, 45, 300}) {
                    PdfPCell cell = PdfBlocks.cell(type.phrase(text, PdfLook.BODY_TEXT.size(9), "f"),
                            PdfWriter.RUN_DIRECTION_LTR);
                    cell.setHorizontalAlignment(alignment);
                    TablePair tables = TablePair.of(1, List.of(cell), width);
                    PdfPTable plain = tables.plain();
                    PdfPTable fast = tables.fast();
                    assertThat(writtenHere(fast.getRow(0))).as("%s in %s", text, width).isTrue();
                    Written expected = write(canvases -> plain.writeSelectedRows(0, 1, 40.3f, 500.7f, canvases));
                    Written actual = write(canvases -> fast.writeSelectedRows(0, 1, 40.3f, 500.7f, canvases));
                    assertThat(actual).as("%s aligned %d in %s", text, alignment, width).isEqualTo(expected);
                }
            }
        }
    }

    private static boolean writtenHere(PdfPRow row) {
        for (PdfPCell cell : row.getCells()) {
            TextCellHeight text = cell == null ? null : TextCellHeight.layOut(cell, TextCellHeight.innerWidth(cell));
            if (cell != null && (text == null || !TextCellWriter.takes(cell, text))) {
                return false;
            }
        }
        return true;
    }

    private record Written(List<String> canvases, List<String> tags) {
    }

    private interface Writing {
        void to(PdfContentByte[] canvases) throws Exception;
    }

    private static Written write(Writing writing) throws Exception {
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        Tags tags = new Tags();
        writer.setPageEvent(tags);
        document.open();
        PdfContentByte[] canvases = PdfPTable.beginWritingRows(writer.getDirectContent());
        writing.to(canvases);
        List<String> content = new ArrayList<>();
        for (PdfContentByte canvas : canvases) {
            content.add(canvas.toString());
        }
        return new Written(content, tags.seen);
    }

    /** Each page's content stream, the table's rows added in chunks of 25 as the export streams them. */
    private List<byte[]> pages(PdfPTable table, Random random) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        Tags tags = new Tags();
        writer.setPageEvent(tags);
        document.open();
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        IntFunction<PdfPCell> next = i -> cells.next(random);
        for (int i = 0; i < 3; i++) {
            table.addCell(next.apply(i));
        }
        for (int row = 0; row < 400; row++) {
            for (int c = 0; c < 3; c++) {
                PdfPCell cell = next.apply(c);
                if (row % 97 == 13 && c == 2) {
                    cell = PdfBlocks.cell(new Typesetter(PdfFonts.bundled()).phrase("a long event ".repeat(400),
                            PdfLook.BODY_TEXT, "f"), PdfWriter.RUN_DIRECTION_LTR);
                }
                table.addCell(cell);
            }
            if (row % 25 == 24) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
        document.close();
        PdfReader reader = new PdfReader(out.toByteArray());
        List<byte[]> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(reader.getPageContent(page));
        }
        reader.close();
        pages.add(String.join("\n", tags.seen).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return pages;
    }
}
