package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.export.DocxExporter;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.format.ReportReader;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile Word and HTML files: a ZIP bomb, an external entity that names a file on disk, nesting
 * deep enough to overflow a recursive reader. Each is refused in words or read without harm, never
 * a crash or a read of the disk.
 */
class HostileDocumentsTest {
    private static final String SECRET = "TOP-SECRET-3f9a";

    /** Our own Word export of the example, with word/document.xml replaced. */
    private static byte[] wordWithBody(byte[] documentXml) throws Exception {
        return wordWithBody(out -> out.write(documentXml));
    }

    private interface Body {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Our own Word export of the example, with word/document.xml written by {@code body}, streamed. */
    private static byte[] wordWithBody(Body body) throws Exception {
        Report report = new ReportReader().read(Path.of("docs/format/examples/database-vanished.postmortem.json")).report();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxExporter().export(report, docx, ExportOptions.defaults(), ExportProgress.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    body.writeTo(zip);
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String body(String paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + paragraphs + "</w:body></w:document>";
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void aWordZipBombIsRefusedInWords(@TempDir Path dir) throws Exception {
        // 200 MB of one letter inside a file of well under a megabyte (streamed: the test holds only the ZIP).
        byte[] run = paragraph("a".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);
        byte[] bomb = wordWithBody(out -> {
            out.write(body("").replace("</w:body></w:document>", "").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                out.write(run);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        Path file = Files.write(dir.resolve("bomb.docx"), bomb);
        assertThatThrownBy(() -> new Importer().importFile(file)).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("bomb.docx is not a Word document Hindsight will read: its part "
                        + "word/document.xml unpacks to over 64 MiB");
    }

    @Test
    void aWordFileWithAnExternalEntityNeverReadsTheDisk(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = body(paragraph("# Outage") + paragraph("&xxe;")).replace("<w:document",
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><w:document");
        Path file = Files.write(dir.resolve("entity.docx"), wordWithBody(xml.getBytes(StandardCharsets.UTF_8)));
        try {
            ImportResult result = new Importer().importFile(file);
            assertThat(json(result.report())).doesNotContain(SECRET);
        } catch (ImportRefusedException e) {
            assertThat(e.getMessage()).startsWith("entity.docx").doesNotContain(SECRET);
        }
    }

    @Test
    void anHtmlFileWithAnExternalEntityOrRemoteImagesNeverReadsTheDiskOrNetwork(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String html = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><html><head>"
                + "<link rel=\"stylesheet\" href=\"" + secret.toUri() + "\"><base href=\"" + dir.toUri() + "\"></head>"
                + "<body><h1>Outage &xxe;</h1><h2>Impact</h2><p>Users saw errors.</p>"
                + "<iframe src=\"" + secret.toUri() + "\"></iframe><img src=\"http://127.0.0.1:9/x.png\" alt=\"graph\"></body></html>";
        ImportResult result = new Importer().importFile(Files.writeString(dir.resolve("page.html"), html));
        assertThat(json(result.report())).doesNotContain(SECRET);
        assertThat(result.report().summary().impact()).startsWith("Users saw errors.");
        // The remote image stays a reference with a note; nothing fetched it.
        assertThat(result.notes()).anyMatch(n -> n.contains("\"http://127.0.0.1:9/x.png\": a web address"));
        assertThat(result.report().pictures()).isEmpty();
    }

    @Test
    void deeplyNestedHtmlIsReadOrRefusedNeverOverflowsTheStack(@TempDir Path dir) throws Exception {
        for (String tag : new String[] {"div", "b", "ul><li", "blockquote", "span", "table><tr><td"}) {
            String open = "<" + tag + ">";
            StringBuilder html = new StringBuilder("<html><body><h1>Deep</h1><h2>Impact</h2>");
            html.append(open.repeat(30_000)).append("Users saw errors.");
            Path file = Files.writeString(dir.resolve("deep.html"), html);
            try {
                ImportResult result = new Importer().importFile(file);
                assertThat(result.report().title()).as(tag).isEqualTo("Deep");
            } catch (ImportRefusedException e) {
                assertThat(e.getMessage()).as(tag).startsWith("deep.html");
            }
        }
    }

    @Test
    void deeplyNestedMarkdownIsReadNeverOverflowsTheStack() throws Exception {
        String text = "# Deep\n\n## Impact\n\n" + "> ".repeat(50_000) + "Users saw errors.\n\n## Action items\n\n"
                + "- [".repeat(20_000) + "x\n";
        try {
            ImportResult result = new Importer().importText(text);
            assertThat(result.report().title()).isEqualTo("Deep");
        } catch (ImportRefusedException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static String json(Report report) throws Exception {
        return new String(new ReportEncoder().encode(report), StandardCharsets.UTF_8);
    }
}
