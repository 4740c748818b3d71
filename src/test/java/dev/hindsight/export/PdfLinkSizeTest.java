package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A link is stored once however many lines its text wraps onto: the PDF grows with its length, not its square. */
class PdfLinkSizeTest {
    @Test
    void twiceTheLinkIsAboutTwiceThePdf() throws IOException {
        String shorter = url(100_000, 1);
        String longer = url(200_000, 2);
        ExportTesting.Exported small = ExportTesting.pdf(withLink(shorter));
        ExportTesting.Exported large = ExportTesting.pdf(withLink(longer));
        double ratio = (double) large.bytes().length / small.bytes().length;
        assertThat(ratio).as("%d and %d bytes", small.bytes().length, large.bytes().length).isBetween(1.6, 2.3);
        assertThat(small.bytes().length).as("a few times the link, not the link per line").isLessThan(2_000_000);
        assertThat(occurrences(large.bytes(), longer.substring(0, 60))).as("the target written once").isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(large.bytes())) {
            Set<String> targets = new HashSet<>();
            int annotations = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        annotations++;
                        String target = uri.getURI(); // read anew for each annotation: kept as a hash only
                        targets.add(target.hashCode() + "/" + target.length());
                    }
                }
            }
            assertThat(annotations).as("one per line of the link").isGreaterThan(100);
            assertThat(targets).containsExactly(longer.hashCode() + "/" + longer.length());
            String shown = new PDFTextStripper().getText(doc).lines().filter(l -> l.matches("[a-z:/.]+"))
                    .collect(Collectors.joining());
            assertThat(shown.equals(longer)).as("the whole link is shown").isTrue();
        }
    }

    @Test
    void everyGeneratedLinkIsStoredOnceAndEveryLineOfItIsClickable() {
        Random random = new Random(8);
        for (int round = 0; round < 3; round++) {
            List<String> urls = List.of(url(500 + random.nextInt(3000), random.nextLong()),
                    url(500 + random.nextInt(3000), random.nextLong()), url(20 + random.nextInt(50), random.nextLong()));
            Report report = withLink(urls.get(0))
                    .withTimeline(List.of(new TimelineEntry(null, EntryKind.NOTE, "see [the log](" + urls.get(1) + ") and <"
                            + urls.get(2) + "> and [again](" + urls.get(1) + ")")))
                    .withRootCause("Also [here](" + urls.get(0) + ").");
            ExportTesting.Exported exported = ExportTesting.pdf(report);
            assertThat(exported.pdf().links).as("round %d", round).containsAll(urls).hasSizeGreaterThan(urls.size());
            for (String url : urls) {
                assertThat(occurrences(exported.bytes(), url)).as("round %d: %s", round, url).isEqualTo(1);
            }
        }
    }

    private static Report withLink(String link) {
        ActionItem item = new ActionItem("Rotate the certificate", "", ActionType.PREVENT, "Ada", null, Priority.P1,
                ActionStatus.OPEN, link, Extras.NONE);
        return Report.blank().withMeasures(new Measures("", List.of(item), Extras.NONE));
    }

    private static String url(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("https://tracker.example/");
        while (out.length() < length) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    /** How many times {@code text} is in the PDF's strings, each object read once (objects may sit in compressed streams). */
    private static int occurrences(byte[] pdf, String text) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            int count = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                count += occurrences(reader.getPdfObject(i), text);
            }
            reader.close();
            return count;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int occurrences(com.lowagie.text.pdf.PdfObject object, String text) {
        if (object instanceof com.lowagie.text.pdf.PdfString string) {
            String value = string.toUnicodeString();
            int count = 0;
            for (int at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + 1)) {
                count++;
            }
            return count;
        }
        int count = 0;
        if (object instanceof com.lowagie.text.pdf.PdfDictionary dictionary) {
            for (com.lowagie.text.pdf.PdfName key : dictionary.getKeys()) {
                com.lowagie.text.pdf.PdfObject value = dictionary.get(key);
                count += value.isIndirect() ? 0 : occurrences(value, text);
            }
        } else if (object instanceof com.lowagie.text.pdf.PdfArray array) {
            for (com.lowagie.text.pdf.PdfObject value : array.getElements()) {
                count += value.isIndirect() ? 0 : occurrences(value, text);
            }
        }
        return count;
    }
}
