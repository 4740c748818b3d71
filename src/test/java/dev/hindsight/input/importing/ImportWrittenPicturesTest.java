package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.export.DocxExporter;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.HtmlExporter;
import dev.hindsight.export.ReportExporter;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.picture.Pictures;
import dev.hindsight.testing.TestPictures;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures written into the document itself (a Word document's pictures, {@code data:} images of
 * HTML and Markdown, as Google Docs and our own HTML export write them) come into the report as its
 * pictures; one that cannot be taken leaves its description and a note, never its encoded bytes.
 */
class ImportWrittenPicturesTest {
    private static final byte[] GRAPH = TestPictures.png(300, 120);
    private static final byte[] PHOTO = TestPictures.jpeg(160, 120);

    @TempDir
    Path dir;

    private static Set<String> hashes(Report report) {
        return report.pictures().stream().map(p -> Pictures.find(report, "picture:" + p.name()).data().bytes())
                .map(b -> Base64.getEncoder().encodeToString(b)).collect(Collectors.toSet());
    }

    private static Report withPictures() throws Exception {
        Report report = Report.blank().withTitle("Checkout outage");
        Pictures.Stored graph = Pictures.store(report, Pictures.fromBytes(GRAPH, "graph.png"));
        Pictures.Stored photo = Pictures.store(graph.report(), Pictures.fromBytes(PHOTO, "rack.jpg"));
        return photo.report().withRootCause("The error rate rose:\n\n![Error rate by minute](picture:" + graph.name()
                + ")\n\nThe rack that failed ![The rack](picture:" + photo.name() + ") was replaced.");
    }

    private Path exported(ReportExporter exporter, Report report, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(report, out, ExportOptions.defaults(), ExportProgress.NONE);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void ourOwnWordAndHtmlExportsComeBackWithTheirPictures() throws Exception {
        Report original = withPictures();
        for (Path file : List.of(exported(new DocxExporter(), original, "outage.docx"),
                exported(new HtmlExporter(), original, "outage.html"))) {
            ImportResult result = new Importer().importFile(file);
            Report report = result.report();
            assertThat(hashes(report)).as(file.getFileName().toString()).isEqualTo(hashes(original));
            String all = String.join("\n", report.rootCause(), report.summary().impact(), report.resolution());
            assertThat(all).as(file.getFileName().toString()).contains("![Error rate by minute](picture:", "![The rack](picture:")
                    .doesNotContain("data:");
            assertThat(result.notes()).anyMatch(n -> n.startsWith("2 pictures were brought into the report"));
        }
    }

    @Test
    void aWordDocumentsPicturesComeInWithTheirDescriptionWhereTheyStood() throws Exception {
        Path file = dir.resolve("written-in-word.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Root Cause");
            doc.getParagraphs().get(0).setStyle("Heading1");
            doc.createParagraph().createRun().setText("The pool ran dry at 11:02.");
            XWPFParagraph figure = doc.createParagraph();
            figure.createRun().addPicture(new java.io.ByteArrayInputStream(GRAPH), Document.PICTURE_TYPE_PNG, "pool.png",
                    Units.toEMU(300), Units.toEMU(120));
            figure.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("Pool [in use]");
            doc.createParagraph().createRun().setText("Then it recovered.");
            doc.write(out);
        }
        ImportResult result = new Importer().importFile(file);
        Report report = result.report();
        assertThat(report.pictures()).hasSize(1);
        Picture picture = report.pictures().get(0);
        assertThat(Base64.getDecoder().decode(picture.base64())).isEqualTo(GRAPH);
        String text = String.join("\n", report.rootCause(), report.summary().impact());
        assertThat(text).contains("![Pool \\[in use\\]](picture:" + picture.name() + ")");
        assertThat(text.indexOf("ran dry")).isLessThan(text.indexOf("picture:")).isLessThan(text.indexOf("recovered"));
    }

    @Test
    void aLinkedPictureIsNeitherReadNorDroppedWithoutAWord() throws Exception {
        Path made = dir.resolve("made.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(made)) {
            doc.createParagraph().createRun().setText("Impact");
            doc.getParagraphs().get(0).setStyle("Heading1");
            XWPFParagraph figure = doc.createParagraph();
            figure.createRun().addPicture(new java.io.ByteArrayInputStream(GRAPH), Document.PICTURE_TYPE_PNG, "pool.png",
                    Units.toEMU(300), Units.toEMU(120));
            figure.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("Pool");
            doc.write(out);
        }
        // Word's "Link to File": the drawing names its picture by r:link, not r:embed
        Path linked = dir.resolve("linked.docx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(made));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(linked))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("r:embed=", "r:link=").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        ImportResult result = new Importer().importFile(linked);
        assertThat(result.report().pictures()).isEmpty();
        assertThat(result.report().summary().impact())
                .isEqualTo("[image not brought in: Pool, a linked picture, not held in the document]");
    }

    @Test
    void pastedHtmlWithAnImageInItBringsItWithoutAFolder() throws Exception {
        String html = "<html><body><h2>Impact</h2><p>Errors rose.</p><p><img alt=\"Errors\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(GRAPH) + "\"></p></body></html>";
        ImportResult result = new Importer().importText(html);
        assertThat(result.report().pictures()).hasSize(1);
        assertThat(result.report().summary().impact()).contains("![Errors](picture:");
    }

    @Test
    void aDamagedOrForeignWrittenImageLeavesItsDescriptionAndANoteNotItsBytes() throws Exception {
        String damaged = "data:image/png;base64,iVBORw0KGgo%%%%";
        String notAPicture = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                "meeting notes".getBytes(StandardCharsets.UTF_8));
        String unencoded = "data:image/svg+xml,%3Csvg%3E%3C/svg%3E";
        ImportResult result = new Importer().importText("# Outage\n\n## Impact\n\nBefore ![Damaged](" + damaged
                + ") ![](" + notAPicture + ") ![Drawn](" + unencoded + ") after.\n");
        String impact = result.report().summary().impact();
        assertThat(result.report().pictures()).isEmpty();
        assertThat(impact).isEqualTo("Before [image not brought in: Damaged] [image not brought in] "
                + "[image not brought in: Drawn] after.");
        assertThat(result.notes()).anyMatch(n -> n.contains("its base64 text is damaged"))
                .anyMatch(n -> n.contains("not a PNG, JPEG or GIF picture"))
                .anyMatch(n -> n.contains("without base64"))
                .allMatch(n -> n.startsWith("image not brought in (its description is kept): \"data:image/") && n.length() < 400);
    }

    @Test
    void anImageLargerThanAPictureMayBeIsNotDecoded() {
        String huge = "data:image/png;base64," + "A".repeat(14_000_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataImages.bytes(huge))
                .hasMessage("this picture is about 10.5 MB; a picture may hold at most 10.0 MB");
    }
}
