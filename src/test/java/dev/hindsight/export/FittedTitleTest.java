package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The footer's title: cut to one line with few measurements, however long it is, and measured once per document. */
class FittedTitleTest {
    private static final String[] PIECES = {"Database ", "vanished ", "हिन्दी ", "ไทย ", "שלום ", "مرحبا ", "服务中断 ",
        "한국어 ", "e\u0301", "\uD83D\uDEA8", "x", "Ωμέγα ", "\u200D", "Lorem-ipsum-dolor-sit-amet"};
    private static final float WIDTH = 150;

    private final Typesetter type;

    FittedTitleTest() throws IOException {
        type = new Typesetter(PdfFonts.bundled());
    }

    @Test
    void generatedTitlesAreCutToTheLongestStartThatFitsWithFewMeasurements() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 50 ? 400 : 30_000);
            while (text.length() < length) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String title = text.toString();
            int direction = Direction.of(title);
            AtomicInteger measured = new AtomicInteger();
            FittedTitle.Measure measure = p -> {
                measured.incrementAndGet();
                return ColumnText.getWidth(p, direction, 0);
            };
            Phrase phrase = type.phrase(title, PdfLook.BODY_TEXT.size(8), "title");
            Phrase fitted = new FittedTitle(measure, ellipsis()).fit(phrase, WIDTH);
            int calls = measured.get();
            String kept = fitted.getContent();
            assertThat(ColumnText.getWidth(fitted, direction, 0)).as(title).isLessThanOrEqualTo(WIDTH);
            if (kept.equals(phrase.getContent())) {
                continue;
            }
            assertThat(kept).endsWith("\u2026");
            String start = kept.substring(0, kept.length() - 1);
            assertThat(phrase.getContent()).startsWith(start);
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(phrase.getContent());
            assertThat(characters.isBoundary(start.length())).as("cut between two characters").isTrue();
            assertThat(calls).as("measurements for %d characters", title.length())
                    .isLessThanOrEqualTo(3 + 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, start.length()))));
        }
    }

    @Test
    void aThirtyThousandCharacterTitleIsMeasuredAHandfulOfTimes() {
        String title = "Long title ".repeat(3000);
        AtomicInteger measured = new AtomicInteger();
        Phrase phrase = type.phrase(title, PdfLook.BODY_TEXT.size(8), "title");
        Phrase fitted = new FittedTitle(p -> {
            measured.incrementAndGet();
            return ColumnText.getWidth(p, PdfWriter.RUN_DIRECTION_LTR, 0);
        }, ellipsis()).fit(phrase, WIDTH);
        assertThat(fitted.getContent()).startsWith("Long title Long").endsWith("\u2026");
        assertThat(measured.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void theFooterMeasuresTheTitleOncePerDocumentNotOncePerPage() throws Exception {
        for (int pages : new int[] {1, 12}) {
            AtomicInteger measured = new AtomicInteger();
            String title = "A title much too long for the footer ".repeat(40);
            PdfPageDecorator decorator = new PdfPageDecorator(type.phrase(title, PdfLook.BODY_TEXT.size(8), "title"),
                    PdfWriter.RUN_DIRECTION_LTR, type.phrase("Internal", PdfLook.BODY_TEXT.size(8), ""), false,
                    PdfFonts.bundled(), p -> {
                        measured.incrementAndGet();
                        return ColumnText.getWidth(p, PdfWriter.RUN_DIRECTION_LTR, 0);
                    }, ellipsis());
            Document document = new Document();
            PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
            writer.setPageEvent(decorator);
            document.open();
            for (int i = 0; i < pages; i++) {
                document.add(new Paragraph("page " + i));
                document.newPage();
            }
            document.close();
            assertThat(decorator.pages()).isEqualTo(pages);
            assertThat(measured.get()).as("%d pages", pages).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aLongTitleIsCutInEveryFooterAndWholeOnPageOne() {
        String title = "Checkout outage caused by an expired certificate ".repeat(600);
        Report report = Report.blank().withTitle(title);
        PdfFile pdf = ExportTesting.pdf(report).pdf();
        String body = pdf.text().lines().filter(l -> !l.contains("\u2026"))
                .collect(java.util.stream.Collectors.joining()).replaceAll("\\s", "").replace("DRAFT", "");
        assertThat(body.contains(title.replaceAll("\\s", ""))).as("the whole title at the start").isTrue();
        for (String page : pdf.pages) {
            assertThat(page.lines().filter(l -> l.matches("Checkout outage caused by an [a-z ]*\u2026 .*Page \\d+ of \\d+")))
                    .as("the footer").hasSize(1);
        }
    }

    @Test
    void aTenMebibyteTitleExportsAndEveryPageHasItsFooter(@TempDir Path folder) throws IOException {
        String title = "Checkout outage caused by an expired certificate ".repeat(10 * 1024 * 1024 / 50);
        Path pdf = folder.resolve("long-title.pdf");
        ExportResult result;
        try (OutputStream out = Files.newOutputStream(pdf)) {
            result = new PdfExporter().export(Report.blank().withTitle(title), out, ExportOptions.defaults(),
                    ExportProgress.NONE);
        }
        int pages = result.pages();
        assertThat(pages).isGreaterThan(10_000);
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()),
                IOUtils.createTempFileOnlyStreamCache())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc)).contains("Corrective and Preventative Measures",
                    "Checkout outage caused by an expired certific\u2026", "Page " + pages + " of " + pages);
        }
    }

    private Chunk ellipsis() {
        return (Chunk) type.phrase("\u2026", PdfLook.BODY_TEXT.size(8), "").getChunks().get(0);
    }
}
