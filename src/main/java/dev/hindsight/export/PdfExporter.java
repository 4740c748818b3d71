package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.Version;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report as a PDF for leadership (OpenPDF): page 1 tells what happened at a glance, then
 * every section in order, each a bookmark in the outline; the timeline and the action items
 * are tables; every page has a footer and, until the report is final, a DRAFT watermark.
 */
public final class PdfExporter implements ReportExporter {
    private static final AtomicBoolean PRELOADED = new AtomicBoolean();

    @Override
    public String extension() {
        return "pdf";
    }

    /**
     * Starts reading the bundled fonts on a second thread, and after them setting up a throwaway
     * OpenPDF document, whose first set-up (its creation date's {@code SimpleDateFormat}, the
     * calendar and time zone data) took about 15 ms of a command-line export's main thread, run cold.
     * An export after (the command line's, once picocli has built the command and the report is
     * read) finds them ready, or waits for them. Once per process; a failure is left for that export
     * to report.
     */
    public static void preload() {
        if (!PRELOADED.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                prepare();
            } catch (IOException | RuntimeException e) {
                // The export reads the fonts again and says what is wrong.
                Logger.getLogger(PdfExporter.class.getName()).log(Level.WARNING,
                        "the bundled fonts could not be preloaded", e);
            }
        }, "hindsight-pdf-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** What {@link #preload} does on its thread: the fonts read, OpenPDF's document set up once. */
    static void prepare() throws IOException {
        PdfFonts.bundled();
        new PdfDocument(); // holds nothing to release (closing one never opened fails): set up and dropped
    }

    @Override
    public ExportResult export(Report report, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        progress.update(0);
        PdfFonts fonts = PdfFonts.bundled();
        PdfLinks links = new PdfLinks();
        Rectangle size = options.pageSize() == PageSize.LETTER ? com.lowagie.text.PageSize.LETTER
                : com.lowagie.text.PageSize.A4;
        Typesetter type = new Typesetter(fonts, links, new PdfPictures(report,
                size.getHeight() - PdfLook.MARGIN - PdfLook.MARGIN_BOTTOM));
        Document document = new Document(size, PdfLook.MARGIN, PdfLook.MARGIN, PdfLook.MARGIN, PdfLook.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            // Objects in compressed streams and a cross-reference stream (PDF 1.5): a quarter smaller
            // file, and no formatted cross-reference table to write (decision 0047).
            writer.setFullCompression();
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            metadata(report, document);
            String title = report.title().isBlank() ? "Untitled postmortem" : report.title();
            TextStyle footer = PdfLook.BODY_TEXT.size(8).color(PdfLook.MUTED);
            int titleDirection = Direction.of(title);
            PdfPageDecorator decorator = new PdfPageDecorator(type.phrase(title, footer, "title"), titleDirection,
                    type.phrase(report.confidentiality(), PdfLook.BODY_TEXT.bold().size(8), "confidentiality"),
                    !report.isFinal(), fonts, phrase -> ColumnText.getWidth(phrase, titleDirection, 0),
                    (Chunk) type.phrase("\u2026", footer, "").getChunks().get(0));
            writer.setPageEvent(decorator);
            writer.setPageEvent(links);
            document.open();
            new Body(report, document, writer, type, size.getWidth() - 2 * PdfLook.MARGIN).write(progress, options);
            document.close();
            progress.update(1);
            return new ExportResult(decorator.pages(), type.missing());
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (com.lowagie.text.ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                closeAfterFailure(document);
            }
        }
    }

    private static void metadata(Report report, Document document) {
        document.addTitle(report.title().isBlank() ? "Untitled postmortem" : report.title());
        if (!report.authors().isEmpty()) {
            document.addAuthor(String.join(", ", report.authors()));
        }
        StringBuilder subject = new StringBuilder("Postmortem");
        if (!report.incidentId().isBlank()) {
            subject.append(' ').append(report.incidentId());
        }
        if (report.severity() != null) {
            subject.append(", ").append(report.severity().label());
        }
        subject.append(", ").append(report.status().label());
        document.addSubject(subject.toString());
        document.addCreator("Hindsight " + Version.get());
        // No addCreationDate(): OpenPDF's PdfDocument already dates the document when it is made, and
        // a second call formatted the date with zone names only to throw the text away (10 ms, cold).
    }

    /** A failed export must not leave OpenPDF's writer open; what it writes then is thrown away anyway. */
    static void closeAfterFailure(Document document) {
        try {
            document.close();
        } catch (RuntimeException e) {
            // Already failing: the first error is the one to report.
            Logger.getLogger(PdfExporter.class.getName()).log(Level.FINE, "closing a failed PDF failed too", e);
        }
    }

    /** The sections, in order, with their bookmarks. */
    private static final class Body {
        private static final float KEEP_WITH_HEADING = 110;

        private final Report report;
        private final Document document;
        private final PdfWriter writer;
        private final Typesetter type;
        private final float width;
        private int destinations;

        Body(Report report, Document document, PdfWriter writer, Typesetter type, float width) {
            this.report = report;
            this.document = document;
            this.writer = writer;
            this.type = type;
            this.width = width;
        }

        void write(ExportProgress progress, ExportOptions options) throws DocumentException, IOException {
            PdfFrontPage front = new PdfFrontPage(report, type, width);
            addAll(front.masthead());
            bookmark(Sections.SUMMARY);
            document.add(front.glance());
            com.lowagie.text.pdf.PdfPTable chart = front.chart(writer);
            if (chart != null) {
                document.add(chart);
            }
            progress.update(0.05);
            ExportProgress.checkCancelled();

            document.newPage();
            heading(Sections.TIMELINE, 0);
            if (report.timeline().isEmpty()) {
                prose("", "timeline");
            } else {
                new PdfTimeline(type, new TimeText(report.zone())).write(document, report.timeline(), progress, 0.05, 0.85);
            }
            ExportProgress.checkCancelled();
            heading(Sections.ROOT_CAUSE, 18);
            prose(report.rootCause(), "rootCause");
            heading(Sections.RESOLUTION, 18);
            prose(report.resolution(), "resolution");
            progress.update(0.9);
            PdfOutline measures = heading(Sections.MEASURES, 18);
            prose(report.measures().improvements(), "measures.improvements");
            subheading(measures, Sections.ACTION_ITEMS);
            if (report.measures().actionItems().isEmpty()) {
                prose("", "measures.actionItems");
            } else {
                new PdfActionItems(type, width).write(document, report.measures().actionItems());
            }
            if (!report.closingRemarks().isBlank()) {
                heading(Sections.CLOSING, 18);
                prose(report.closingRemarks(), "closingRemarks");
            }
            if (CommentsSection.shown(report, options)) {
                heading(Sections.COMMENTS, 18);
                prose(CommentsSection.markdown(report), "comments");
            }
            ExportProgress.checkCancelled();
        }

        private PdfOutline heading(String title, float spaceBefore) throws DocumentException {
            keepWithNext();
            String name = "section-" + (++destinations);
            Phrase phrase = type.phrase(title, PdfLook.BODY_TEXT.bold().size(PdfLook.SECTION), "");
            ((Chunk) phrase.getChunks().get(0)).setLocalDestination(name);
            PdfPTable table = PdfBlocks.block(PdfBlocks.cell(phrase, PdfWriter.RUN_DIRECTION_LTR), width, 0, 8);
            table.setSpacingBefore(spaceBefore);
            table.setKeepTogether(true);
            document.add(table);
            return new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), title);
        }

        private void subheading(PdfOutline parent, String title) throws DocumentException {
            keepWithNext();
            String name = "section-" + (++destinations);
            Phrase phrase = type.phrase(title, PdfLook.BODY_TEXT.bold().size(12), "");
            ((Chunk) phrase.getChunks().get(0)).setLocalDestination(name);
            PdfPTable table = PdfBlocks.block(PdfBlocks.cell(phrase, PdfWriter.RUN_DIRECTION_LTR), width, 0, 6);
            table.setSpacingBefore(8);
            document.add(table);
            new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), title);
        }

        /** A heading near the foot of a page goes to the next one, with what it introduces. */
        private void keepWithNext() {
            if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_HEADING) {
                document.newPage();
            }
        }

        /** An outline entry for what is at the top of the current page (page 1's at-a-glance box). */
        private void bookmark(String title) throws DocumentException {
            String name = "section-" + (++destinations);
            Phrase anchor = type.phrase("\u00A0", PdfLook.BODY_TEXT.size(1), "");
            ((Chunk) anchor.getChunks().get(0)).setLocalDestination(name);
            document.add(PdfBlocks.block(PdfBlocks.cell(anchor, PdfWriter.RUN_DIRECTION_LTR), width, 0, 0));
            new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), title);
        }

        private void prose(String markdown, String field) throws DocumentException {
            addAll(PdfProse.render(markdown, type, width, field, PdfLook.BODY_TEXT));
        }

        private void addAll(List<Element> elements) throws DocumentException {
            for (Element element : elements) {
                document.add(element);
            }
        }
    }
}
