package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Word files broken in the ways damaged and hostile files are: each is refused saying what is
 * wrong in Hindsight's words, never with Apache POI's class names, its feature URIs, the XML it
 * quotes or its advice to open an issue on its tracker.
 */
class BrokenWordFilesTest {
    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
            + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
            + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
            + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
            + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String WP = "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
            + "wordprocessingDrawing\"";
    private static final String A = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
    private static final String PIC = "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private static String document(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body
                + "</w:body></w:document>";
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static Map<String, String> parts(String document) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", TYPES);
        parts.put("_rels/.rels", RELS);
        if (document != null) {
            parts.put("word/document.xml", document);
        }
        return parts;
    }

    static Stream<Arguments> brokenFiles() {
        Map<String, String> badTypes = parts(document(paragraph("Summary")));
        badTypes.put("[Content_Types].xml", "garbage");
        Map<String, String> escaping = parts(document(paragraph("Summary")));
        escaping.put("word/_rels/document.xml.rels", RELS.replace("rId1", "rId7")
                .replace("officeDocument/2006/relationships/officeDocument", "officeDocument/2006/relationships/image")
                .replace("word/document.xml", "../../../../etc/passwd"));
        return Stream.of(
                Arguments.of("unbound.docx", parts("<w:document><w:body><w:p>"),
                        "unbound.docx could not be read as a Word document: its XML is broken at line 1, column "),
                Arguments.of("doctype.docx", parts(document(paragraph("&a;")).replace("<w:document",
                                "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">]><w:document")),
                        "doctype.docx is not a Word document Hindsight will read: a part of it declares a document "
                                + "type (<!DOCTYPE …>)"),
                Arguments.of("no-text.docx", parts(null),
                        "no-text.docx could not be read as a Word document: it has no word/document.xml"),
                Arguments.of("bad-types.docx", badTypes, "bad-types.docx could not be read as a Word document: its "
                        + "list of parts ([Content_Types].xml) is missing or broken: nothing was imported"),
                Arguments.of("escaping.docx", escaping,
                        "escaping.docx could not be read as a Word document: it is damaged ("),
                Arguments.of("picture.docx", parts(document("<w:p><w:r><w:drawing><wp:inline " + WP + "><a:graphic "
                                + A + "><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                                + "<pic:pic " + PIC + "><pic:blipFill><a:blip/></pic:blipFill></pic:pic></a:graphicData>"
                                + "</a:graphic></wp:inline></w:drawing></w:r></w:p>")),
                        "picture.docx could not be read as a Word document: a picture in it lacks the description"),
                Arguments.of("ratio.docx", parts(document(paragraph("x").repeat(300_000))),
                        "ratio.docx is not a Word document Hindsight will read: a part of it unpacks to over 100 "
                                + "times its packed size, as a ZIP bomb does: nothing was imported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenWordFileIsRefusedInHindsightsWords(String name, Map<String, String> parts, String expected,
                                                   @TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve(name), zip(parts, 0));
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> new Importer().importFile(file));
        assertThat(e).as(name).isNotNull();
        assertThat(e.getMessage()).startsWith(expected).endsWith(": nothing was imported")
                .doesNotContain("org.apache", "Exception", "bugzilla", "apache.org", "<pic:", "<w:", "\n");
    }

    @ParameterizedTest(name = "{0} spaces")
    @MethodSource("partSizes")
    void onePartThatUnpacksToOver64MiBIsRefusedWithItsName(long spaces, @TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("big.docx"), zip(parts(document(paragraph("x"))), spaces));
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> new Importer().importFile(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("big.docx is not a Word document Hindsight will read: its part "
                + "word/document.xml unpacks to over 64 MiB, far more than a postmortem: nothing was imported");
    }

    @org.junit.jupiter.api.Test
    void partsThatUnpackToOver128MiBTogetherAreRefused(@TempDir Path dir) throws Exception {
        Map<String, String> parts = parts(document(paragraph("x")));
        String picture = " ".repeat(50 * 1024 * 1024);
        for (int i = 1; i <= 3; i++) {
            parts.put("word/media/image" + i + ".png", picture);
        }
        Path file = Files.write(dir.resolve("pictures.docx"), zip(parts, 0));
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> new Importer().importFile(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("pictures.docx is not a Word document Hindsight will read: it unpacks "
                + "to far more than a postmortem (over 128 MiB from ");
    }

    static Stream<Long> partSizes() {
        // Over POI's own limit of 100,000,000 bytes, whose refusal asked users to file a POI bug,
        // and just over ours, under the 128 MiB of all parts together.
        return Stream.of(120L * 1024 * 1024, DocxBlocks.MAX_PART_BYTES + 1);
    }

    /** A ZIP of {@code parts}, with {@code spaces} spaces streamed into word/document.xml's body. */
    private static byte[] zip(Map<String, String> parts, long spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                String text = part.getValue();
                int body = text.indexOf("<w:body>");
                if (spaces > 0 && part.getKey().equals("word/document.xml") && body >= 0) {
                    zip.write(text.substring(0, body + 8).getBytes(StandardCharsets.UTF_8));
                    byte[] blank = new byte[1 << 20];
                    java.util.Arrays.fill(blank, (byte) ' ');
                    for (long left = spaces; left > 0; left -= blank.length) {
                        zip.write(blank, 0, (int) Math.min(blank.length, left));
                    }
                    zip.write(text.substring(body + 8).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
