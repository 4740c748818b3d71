package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hindsight.model.Extras;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.picture.Pictures;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.testing.TestPictures;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pictures in the PDF: drawn on the page their caption is on, as wide as the text at most, never enlarged. */
class PdfPicturesTest {
    private static final float TEXT_WIDTH = com.lowagie.text.PageSize.A4.getWidth() - 2 * PdfLook.MARGIN;
    private static final float TEXT_HEIGHT = com.lowagie.text.PageSize.A4.getHeight() - PdfLook.MARGIN
            - PdfLook.MARGIN_BOTTOM;

    /** Picture name, its bytes and the caption it gets; the sizes in pixels tell them apart in the PDF. */
    private static final Map<String, byte[]> PICTURES = new LinkedHashMap<>();

    static {
        PICTURES.put("wide.png", TestPictures.png(2000, 400));
        PICTURES.put("small.png", TestPictures.pngWithAlpha(80, 40));
        PICTURES.put("deep.png", TestPictures.png16(120, 90, true));
        PICTURES.put("grey16.png", TestPictures.png16(110, 90, false));
        PICTURES.put("photo.jpg", TestPictures.jpeg(640, 480));
        PICTURES.put("anim.gif", TestPictures.gif(200, 100));
        PICTURES.put("tall.png", TestPictures.png(300, 3000));
        PICTURES.put("palette.png", TestPictures.pngPalette(150, 75));
    }

    private static Report reportWithPictures() throws Exception {
        Report report = ExportTesting.report(Fixtures.EXAMPLE);
        StringBuilder rootCause = new StringBuilder(report.rootCause());
        for (Map.Entry<String, byte[]> p : PICTURES.entrySet()) {
            report = Pictures.store(report, Pictures.fromBytes(p.getValue(), p.getKey())).report();
            rootCause.append("\n\nSee ![Caption of ").append(p.getKey()).append("](picture:").append(p.getKey())
                    .append(") above.");
        }
        // The same picture twice, one missing, one whose header says 60,000 x 60,000, one from the web, one from the disk.
        rootCause.append("\n\n![Again](picture:small.png)\n\n![Gone graph](picture:gone.png)\n\n"
                + "![Bomb](picture:bomb.png)\n\n![Remote](https://example.com/graph.png) ![Disk](file:///etc/hosts)\n\n"
                + "- ![Listed](picture:photo.jpg) in a list\n");
        List<Picture> all = new java.util.ArrayList<>(report.pictures());
        all.add(new Picture("bomb.png", "image/png", "0".repeat(64), 1, 1,
                Base64.getEncoder().encodeToString(TestPictures.pngBomb(60_000, 60_000)), Extras.NONE));
        return report.withPictures(all).withRootCause(rootCause.toString());
    }

    @Test
    void everyPictureIsDrawnOnThePageOfItsCaptionWithinTheTextAndNeverEnlarged() throws Exception {
        ExportTesting.Exported exported = ExportTesting.pdf(reportWithPictures());
        PdfFile pdf = exported.pdf();
        PdfImages drawn = PdfImages.of(exported.bytes());
        for (Map.Entry<String, byte[]> p : PICTURES.entrySet()) {
            Picture picture = Pictures.fromBytes(p.getValue(), p.getKey());
            List<PdfImages.Drawn> these = drawn.images.stream()
                    .filter(d -> d.pixelWidth() == picture.width() && d.pixelHeight() == picture.height()).toList();
            assertThat(these).as(p.getKey()).isNotEmpty();
            for (PdfImages.Drawn d : these) {
                String again = p.getKey().equals("small.png") ? "Again" : p.getKey().equals("photo.jpg") ? "Listed" : null;
                assertThat(pdf.pages.get(d.page() - 1)).as("%s is on the page of its caption", p.getKey())
                        .satisfiesAnyOf(page -> assertThat(page).contains("Caption of " + p.getKey()),
                                page -> assertThat(page).contains(String.valueOf(again)));
                assertThat(d.width()).as(p.getKey()).isLessThanOrEqualTo(TEXT_WIDTH + 0.01f)
                        .isLessThanOrEqualTo(picture.width() * 0.75f + 0.01f);
                assertThat(d.height()).as(p.getKey()).isLessThanOrEqualTo(TEXT_HEIGHT);
                assertThat(d.width() / d.height()).as("proportions of %s", p.getKey())
                        .isCloseTo(picture.width() / (float) picture.height(), within(0.02f));
            }
        }
        PdfImages.Drawn wide = drawn.images.stream().filter(d -> d.pixelWidth() == 2000).findFirst().orElseThrow();
        assertThat(wide.width()).as("a wide picture takes the text width").isCloseTo(TEXT_WIDTH, within(0.5f));
        PdfImages.Drawn small = drawn.images.stream().filter(d -> d.pixelWidth() == 80).findFirst().orElseThrow();
        assertThat(small.width()).as("a small one its own size, 96 pixels an inch").isCloseTo(60, within(0.01f));
        PdfImages.Drawn tall = drawn.images.stream().filter(d -> d.pixelHeight() == 3000).findFirst().orElseThrow();
        assertThat(tall.height()).as("a tall one fits a page").isLessThan(TEXT_HEIGHT - 30);

        assertThat(drawn.images.stream().filter(d -> d.pixelWidth() == 80)).as("drawn twice").hasSize(2);
        assertThat(drawn.images.stream().filter(d -> d.pixelWidth() == 80).map(PdfImages.Drawn::object).distinct())
                .as("stored once").hasSize(1);
        assertThat(drawn.images.stream().filter(d -> d.pixelWidth() == 640)).as("in a list item too").hasSize(2);
    }

    @Test
    void aMissingOrHostilePictureIsAPlaceholderAndOutsideImagesAreNeverLoaded() throws Exception {
        ExportTesting.Exported exported = ExportTesting.pdf(reportWithPictures());
        String text = exported.pdf().flatText();
        assertThat(text).contains("Picture not shown: the picture \"gone.png\" is not in this report \u2014 \u201CGone graph\u201D");
        assertThat(text).contains("Picture not shown: the picture \"bomb.png\" cannot be shown: this picture is 60,000 \u00D7 60,000 pixels");
        assertThat(exported.pdf().links).contains("https://example.com/graph.png").noneMatch(l -> l.startsWith("file:"));
        assertThat(text).contains("Remote").contains("Disk");
        assertThat(PdfImages.of(exported.bytes()).images).as("the report's pictures only, the two repeated ones twice")
                .hasSize(PICTURES.size() + 2);
    }

    /** What a colleague's file may hold under a picture's name: pixels that are not there, an unknown type, JPEG bytes called PNG. */
    @Test
    void picturesOfAHostileFileExportAsPlaceholdersOrAsWhatTheirBytesAre() throws Exception {
        List<Picture> pictures = List.of(
                new Picture("hollow.png", "image/png", "0".repeat(64), 1, 1,
                        Base64.getEncoder().encodeToString(TestPictures.pngBomb(300, 200)), Extras.NONE),
                new Picture("drawing.svg", "image/svg+xml", "0".repeat(64), 1, 1,
                        Base64.getEncoder().encodeToString("<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        Extras.NONE),
                new Picture("photo.png", "image/png", "0".repeat(64), 1, 1,
                        Base64.getEncoder().encodeToString(TestPictures.jpeg(64, 48)), Extras.NONE));
        Report report = ExportTesting.report(Fixtures.EXAMPLE).withPictures(pictures).withRootCause(
                "![Hollow](picture:hollow.png)\n\n![Vector](picture:drawing.svg)\n\n![Photo](picture:photo.png)");
        ExportTesting.Exported exported = ExportTesting.pdf(report);
        String text = exported.pdf().flatText();
        assertThat(text).contains("Picture not shown: the picture \"hollow.png\"")
                .contains("Picture not shown: the picture \"drawing.svg\" is stored as \"image/svg+xml\"");
        assertThat(PdfImages.of(exported.bytes()).images).singleElement()
                .satisfies(d -> assertThat(d.pixelWidth()).isEqualTo(64));
    }

}
