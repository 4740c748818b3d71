package dev.hindsight.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import dev.hindsight.testing.TestPictures;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PictureClipboardTest {
    private static final byte[] GRAPH = TestPictures.png(40, 20);
    private static final byte[] PHOTO = TestPictures.jpeg(30, 30);

    private static Report withPictures() throws PictureRefusal {
        Report report = Pictures.store(Report.blank(), Pictures.fromBytes(GRAPH, "graph.png")).report();
        return Pictures.store(report, Pictures.fromBytes(PHOTO, "photo.jpg")).report();
    }

    @Test
    void copyCarriesOnlyThePicturesTheTextRefersToAndPasteReadsThemBack() throws Exception {
        Report report = withPictures();
        assertThat(PictureClipboard.write(report, "no pictures here")).isEmpty();
        assertThat(PictureClipboard.write(report, "![a](picture:missing.png)")).isEmpty();
        String written = PictureClipboard.write(report, "See ![g](picture:graph.png) and [link](picture:graph.png)").orElseThrow();
        assertThat(written.lines()).hasSize(1).allMatch(l -> l.startsWith("graph.png\t"));

        PictureClipboard.Carried carried = PictureClipboard.read(written);
        assertThat(carried.refused()).isEmpty();
        assertThat(carried.pictures()).containsOnlyKeys("graph.png");
        assertThat(Base64.getDecoder().decode(carried.pictures().get("graph.png").base64())).isEqualTo(GRAPH);
        assertThat(PictureClipboard.allIn(report, written)).isTrue();
        assertThat(PictureClipboard.allIn(Report.blank(), written)).isFalse();
    }

    @Test
    void whatAnotherProgramPutThereIsCheckedAsAnyPicture() {
        String hostile = "../../etc/passwd\t" + Base64.getEncoder().encodeToString(GRAPH) + "\n"
                + "notes.png\t" + Base64.getEncoder().encodeToString("meeting notes".getBytes(StandardCharsets.UTF_8)) + "\n"
                + "cut.png\t%%%\n"
                + "no tab at all\n"
                + "bomb.png\t" + Base64.getEncoder().encodeToString(TestPictures.pngBomb(60_000, 60_000)) + "\n";
        PictureClipboard.Carried carried = PictureClipboard.read(hostile);
        assertThat(carried.pictures()).isEmpty();
        assertThat(carried.refused()).hasSize(3)
                .anyMatch(r -> r.startsWith("\u201cnotes.png\u201d: this is not a PNG, JPEG or GIF"))
                .anyMatch(r -> r.equals("\u201ccut.png\u201d: its copied bytes are damaged"))
                .anyMatch(r -> r.startsWith("\u201cbomb.png\u201d: "));
        assertThat(PictureClipboard.read("x.png\t" + "A".repeat(60_000_000)).refused())
                .containsExactly("the copied pictures are larger than a report may hold");
    }

    @Test
    void referencesAreRenamedAllAtOnceAndOnlyWholeNames() {
        String text = "![a](picture:graph.png) ![b](PICTURE:graph-2.png) ![c](picture:graph.png.old) picture:graph.pngx";
        assertThat(PictureClipboard.renamed(text, Map.of("graph.png", "graph-2.png", "graph-2.png", "graph-3.png")))
                .isEqualTo("![a](picture:graph-2.png) ![b](PICTURE:graph-3.png) ![c](picture:graph.png.old) picture:graph.pngx");
        assertThat(PictureClipboard.renamed(text, Map.of("graph.png", "graph.png"))).isSameAs(text);
    }
}
