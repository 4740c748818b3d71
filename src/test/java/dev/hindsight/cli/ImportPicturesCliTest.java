package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.testing.TestPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight import} brings the pictures beside the document in: the report validates and its PDF shows them. */
class ImportPicturesCliTest {
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void anImportedPictureIsInTheValidReportAndItsPdf(@TempDir Path dir) throws Exception {
        byte[] graph = TestPictures.png(300, 120);
        Path doc = Files.createDirectories(dir.resolve("doc/img"));
        Files.write(doc.resolve("graph.png"), graph);
        Files.write(dir.resolve("outside.png"), TestPictures.png(40, 30));
        Path md = Files.writeString(dir.resolve("doc/postmortem.md"), "# Checkout outage\n\n## Impact\n\n"
                + "Users saw errors.\n\n![Error rate](img/graph.png)\n\n![x](../outside.png)\n\n"
                + "## Resolution\n\nRolled back. ![z](https://example.com/a.png)\n");
        Path report = dir.resolve("out.postmortem.json");

        assertThat(run("import", md.toString(), "-o", report.toString())).isZero();
        assertThat(out.toString()).contains("1 picture was brought into the report")
                .contains("\"../outside.png\": outside the document's folder")
                .contains("\"https://example.com/a.png\": a web address");
        Report saved = new ReportReader().read(report).report();
        assertThat(saved.pictures()).hasSize(1);
        assertThat(Base64.getDecoder().decode(saved.pictures().get(0).base64())).isEqualTo(graph);
        assertThat(saved.summary().impact()).contains("](picture:" + saved.pictures().get(0).name() + ")");

        assertThat(run("validate", report.toString())).isZero();
        Path pdf = dir.resolve("out.pdf");
        assertThat(run("export", report.toString(), "--pdf", pdf.toString())).isZero();
        List<BufferedImage> images = images(Files.readAllBytes(pdf));
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(graph));
        assertThat(images).as("the PDF draws the picture beside the document, pixel for pixel, and nothing else")
                .hasSize(1).allMatch(i -> samePixels(i, source));
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every image XObject on every page of the PDF, decoded. */
    private static List<BufferedImage> images(byte[] pdf) throws Exception {
        List<BufferedImage> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        sizes.add(image.getImage());
                    }
                }
            }
        }
        return sizes;
    }
}
