package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Picture;
import dev.hindsight.picture.PictureReferences;
import dev.hindsight.picture.Pictures;
import dev.hindsight.model.Report;
import dev.hindsight.testing.TestPictures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** The report's pictures in the HTML and Word exports: embedded as stored, within the text, hostile ones refused. */
class HtmlDocxPicturesTest {
    /** The width of the Word text in EMU: 9,000 twips. */
    private static final long TEXT_WIDTH_EMU = 9000L * 635;

    private static final byte[] WIDE = TestPictures.png(2000, 400);
    private static final byte[] PHOTO = TestPictures.jpeg(640, 480);
    private static final byte[] SMALL = TestPictures.pngWithAlpha(80, 40);
    private static final byte[] ANIM = TestPictures.gif(120, 60);

    @TempDir
    Path dir;

    /** A picture on the disk the report points at with a file: address; its bytes must never reach an export. */
    private byte[] onDisk;
    private Path onDiskPath;

    private Report report() throws Exception {
        onDisk = TestPictures.png(33, 17);
        onDiskPath = dir.resolve("secret.png");
        Files.write(onDiskPath, onDisk);
        Report report = Report.blank().withTitle("Pictures");
        report = Pictures.store(report, Pictures.fromBytes(WIDE, "wide.png")).report();
        report = Pictures.store(report, Pictures.fromBytes(PHOTO, "photo.jpg")).report();
        report = Pictures.store(report, Pictures.fromBytes(SMALL, "small.png")).report();
        report = Pictures.store(report, Pictures.fromBytes(ANIM, "anim.gif")).report();
        byte[] truncated = Arrays.copyOf(TestPictures.png(300, 300), 60);
        List<Picture> all = new ArrayList<>(report.pictures());
        all.add(new Picture("bomb.png", "image/png", "0".repeat(64), 1, 1,
                Base64.getEncoder().encodeToString(TestPictures.pngBomb(60_000, 60_000)), Extras.NONE));
        all.add(new Picture("text.png", "image/png", "0".repeat(64), 1, 1,
                Base64.getEncoder().encodeToString("not a picture at all".getBytes(StandardCharsets.UTF_8)),
                Extras.NONE));
        all.add(new Picture("cut.png", "image/png", "0".repeat(64), 300, 300,
                Base64.getEncoder().encodeToString(truncated), Extras.NONE));
        String rootCause = "The error rate rose:\n\n![Error rate by minute](picture:wide.png)\n\n"
                + "Text before ![The rack](picture:photo.jpg) and after.\n\n"
                + "- ![Listed](picture:small.png) in a list\n\n"
                + "> ![](picture:anim.gif)\n\n"
                + "![Bomb](picture:bomb.png)\n\n![Words](picture:text.png)\n\n![Cut](picture:cut.png)\n\n"
                + "![Gone](picture:gone.png)\n\n"
                + "![Remote graph](https://example.com/graph.png) and ![Secret file](" + onDiskPath.toUri() + ") and "
                + "![Passwd](file:///etc/passwd) and ![Script](javascript:alert(1))";
        return report.withPictures(all).withRootCause(rootCause)
                .withTimeline(List.of())
                .withMeasures(Measures.EMPTY.withActionItems(List.of(ActionItem.blank().withTitle("Fix ![again](picture:small.png)")
                        .withDetails("![Wide again](picture:wide.png)"))));
    }

    private static String html(Report report) {
        return new String(ExportTesting.export(new HtmlExporter(), report, ExportOptions.defaults()).bytes(),
                StandardCharsets.UTF_8);
    }

    private static byte[] dataUri(Element img) {
        String src = img.attr("src");
        assertThat(src).startsWith("data:image/");
        return Base64.getDecoder().decode(src.substring(src.indexOf(";base64,") + 8));
    }

    @Test
    void htmlEmbedsEveryStoredPictureAsItsOwnBytesWithItsAltTextAndCaption() throws Exception {
        Document doc = Jsoup.parse(html(report()));
        List<Element> images = doc.select("#root-cause img");
        assertThat(images).hasSize(4);
        assertThat(images.get(0).attr("src")).startsWith("data:image/png;base64,");
        assertThat(dataUri(images.get(0))).isEqualTo(WIDE);
        assertThat(images.get(0).attr("alt")).isEqualTo("Error rate by minute");
        assertThat(images.get(0).attr("width")).as("at most the width of the printed text").isEqualTo("672");
        assertThat(images.get(0).attr("height")).isEqualTo("134");
        assertThat(images.get(0).attr("style")).contains("max-width:100%");
        assertThat(images.get(0).closest("figure").select("figcaption").text()).isEqualTo("Error rate by minute");
        assertThat(images.get(1).attr("src")).startsWith("data:image/jpeg;base64,");
        assertThat(dataUri(images.get(1))).isEqualTo(PHOTO);
        assertThat(images.get(1).closest("figure")).as("a picture in a paragraph stands as a block").isNotNull();
        assertThat(images.get(1).attr("width")).as("never enlarged").isEqualTo("640");
        assertThat(doc.select("#root-cause p").eachText()).contains("Text before", "and after.");
        assertThat(dataUri(images.get(2))).isEqualTo(SMALL);
        assertThat(images.get(2).closest("li")).isNotNull();
        assertThat(images.get(3).attr("src")).startsWith("data:image/gif;base64,");
        assertThat(dataUri(images.get(3))).isEqualTo(ANIM);
        assertThat(images.get(3).closest("blockquote")).isNotNull();
        assertThat(doc.select("#root-cause figure p")).as("no paragraph holds a figure").isEmpty();
        List<Element> actions = doc.select("table.actions img");
        assertThat(actions).hasSize(2);
        assertThat(dataUri(actions.get(0))).isEqualTo(SMALL);
        assertThat(dataUri(actions.get(1))).isEqualTo(WIDE);
        assertThat(doc.select("style").html()).contains("figure.picture img{max-width:100%;height:auto}");
    }

    @Test
    void htmlShowsHostilePicturesAsPlaceholdersAndNeverLoadsAnAddress() throws Exception {
        String html = html(report());
        Document doc = Jsoup.parse(html);
        List<String> placeholders = doc.select("#root-cause .image-placeholder").eachText();
        assertThat(placeholders).hasSize(4);
        assertThat(placeholders.get(0)).startsWith("Picture not shown: the picture \"bomb.png\"").endsWith("\u201CBomb\u201D");
        assertThat(placeholders.get(1)).startsWith("Picture not shown: the picture \"text.png\"");
        assertThat(placeholders.get(2)).isEqualTo("Picture not shown: the picture \"cut.png\" cannot be decoded \u2014 \u201CCut\u201D");
        assertThat(placeholders.get(3)).isEqualTo("Picture not shown: the picture \"gone.png\" is not in this report "
                + "\u2014 \u201CGone\u201D");
        assertThat(doc.select("img").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("data:image/"));
        assertThat(doc.select("#root-cause a").eachAttr("href")).containsExactly("https://example.com/graph.png");
        assertThat(doc.select("#root-cause a").text()).isEqualTo("Remote graph");
        assertThat(doc.select("#root-cause").text()).contains("and Secret file and Passwd and Script");
        assertThat(html).doesNotContain(Base64.getEncoder().encodeToString(onDisk)).doesNotContain("root:x:")
                .doesNotContain("/etc/passwd").doesNotContain("javascript:").doesNotContain(onDiskPath.toString());
    }

    @Test
    void htmlAltTextOfAnyCharactersIsTheAltAttributeAndTheCaption() throws Exception {
        Random random = new Random(14_16);
        String alphabet = "<>&\"'`*_[]()!#\\ ab\u00E9\u4E2D\u05E9=/;:";
        Report base = Pictures.store(Report.blank(), Pictures.fromBytes(SMALL, "small.png")).report();
        for (int round = 0; round < 200; round++) {
            StringBuilder alt = new StringBuilder("a");
            for (int i = random.nextInt(30); i > 0; i--) {
                alt.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = alt.toString().strip();
            Document doc = Jsoup.parse(html(base.withRootCause(PictureReferences.markdown(alt.toString(), "small.png"))));
            Element img = doc.selectFirst("#root-cause figure img");
            assertThat(img).as("round %d: %s", round, alt).isNotNull();
            assertThat(img.attr("alt")).as("round %d", round).isEqualTo(expected);
            assertThat(doc.select("#root-cause figcaption").text()).as("round %d", round).isEqualTo(expected.replaceAll(" +", " "));
            assertThat(dataUri(img)).isEqualTo(SMALL);
            assertThat(doc.select("script, iframe, object, embed, a")).isEmpty();
        }
    }

    @Test
    void wordHoldsEveryStoredPictureWithinTheTextNeverEnlargedAndHostileOnesAsPlaceholders() throws Exception {
        byte[] bytes = ExportTesting.export(new DocxExporter(), report(), ExportOptions.defaults()).bytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<byte[]> pictures = doc.getAllPictures().stream().map(XWPFPictureData::getData).toList();
            assertThat(pictures).anySatisfy(p -> assertThat(p).isEqualTo(WIDE))
                    .anySatisfy(p -> assertThat(p).isEqualTo(PHOTO))
                    .anySatisfy(p -> assertThat(p).isEqualTo(SMALL))
                    .anySatisfy(p -> assertThat(p).isEqualTo(ANIM))
                    .noneSatisfy(p -> assertThat(p).isEqualTo(onDisk))
                    .hasSize(4);
            List<CTInline> inlines = new ArrayList<>();
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable table : doc.getTables()) {
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                        .forEach(p -> runs.addAll(p.getRuns()))));
            }
            for (XWPFRun run : runs) {
                run.getCTR().getDrawingList().forEach(d -> inlines.addAll(d.getInlineList()));
            }
            assertThat(inlines).hasSize(6);
            for (CTInline inline : inlines) {
                long cx = ((Number) inline.getExtent().getCx()).longValue();
                long cy = ((Number) inline.getExtent().getCy()).longValue();
                assertThat(cx).isPositive().isLessThanOrEqualTo(TEXT_WIDTH_EMU);
                assertThat(cy).isPositive();
            }
            CTInline wide = inlines.get(0);
            assertThat(wide.getDocPr().getDescr()).isEqualTo("Error rate by minute");
            assertThat(((Number) wide.getExtent().getCx()).longValue()).as("a wide picture takes the text width")
                    .isBetween(TEXT_WIDTH_EMU - 9525, TEXT_WIDTH_EMU);
            assertThat(((Number) wide.getExtent().getCy()).longValue() * 5)
                    .isCloseTo(((Number) wide.getExtent().getCx()).longValue(), org.assertj.core.data.Offset.offset(5L * 9525));
            CTInline small = inlines.get(2);
            assertThat(((Number) small.getExtent().getCx()).longValue()).as("a small picture is not enlarged")
                    .isEqualTo(80L * 9525);
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Error rate by minute").contains("Picture not shown: the picture \"bomb.png\"")
                    .contains("Picture not shown: the picture \"text.png\"")
                    .contains("Picture not shown: the picture \"cut.png\" cannot be decoded")
                    .contains("the picture \"gone.png\" is not in this report").contains("Secret file")
                    .contains("\nText before\n").contains("\nand after.\n")
                    .doesNotContain("/etc/passwd").doesNotContain(onDiskPath.toString());
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun).map(XWPFRun::text))
                    .contains("Remote graph");
        }
    }
}
