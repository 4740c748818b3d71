package dev.hindsight.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.io.InterruptedIOException;

/**
 * A table handed to the document {@value #CHUNK} rows at a time while it is incomplete
 * ({@code setComplete(false)}): OpenPDF lays out and writes the rows it has and lets them go, so
 * a table of 100,000 rows takes the memory of a hundred, and a cancelled export stops between chunks.
 */
final class StreamedTable {
    static final int CHUNK = 100;

    private final Document document;
    private final PdfPTable table;
    private int rows;
    private int flushes;

    StreamedTable(Document document, PdfPTable table) {
        this.document = document;
        this.table = table;
        table.setComplete(false);
    }

    PdfPTable table() {
        return table;
    }

    /** Call after each row: every {@value #CHUNK} rows go to the document. Returns whether they just did. */
    boolean rowAdded() throws DocumentException, InterruptedIOException {
        if (++rows % CHUNK != 0) {
            return false;
        }
        ExportProgress.checkCancelled();
        flush();
        return true;
    }

    /** The last rows, and the table's end. */
    void finish() throws DocumentException {
        table.setComplete(true);
        flush();
    }

    /** How many times rows were handed to the document. */
    int flushes() {
        return flushes;
    }

    private void flush() throws DocumentException {
        document.add(table);
        flushes++;
    }
}
