package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportReader;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.picture.PictureNames;
import dev.hindsight.picture.Pictures;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.testing.TestPictures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures through the files: saved, formatted and opened byte for byte; exported beside a Markdown document or inside it. */
class PicturesCliTest {
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    private static Map<String, byte[]> pictures() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("graph.png", TestPictures.png(300, 120));
        all.put("deep.png", TestPictures.png16(64, 64, true));
        all.put("photo.jpg", TestPictures.jpeg(200, 150));
        all.put("anim.gif", TestPictures.gif(50, 20));
        all.put("noise.png", TestPictures.noisyPng(700, 700, 5)); // about 1.5 MB: its Base64 is cut in two pieces
        return all;
    }

    private static Report withPictures(Map<String, byte[]> pictures) throws Exception {
        Report report = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        StringBuilder text = new StringBuilder(report.resolution());
        for (Map.Entry<String, byte[]> p : pictures.entrySet()) {
            Pictures.Stored stored = Pictures.store(report, Pictures.fromBytes(p.getValue(), p.getKey()));
            report = stored.report();
            text.append("\n\n![The ").append(p.getKey()).append("](picture:").append(stored.name()).append(")");
        }
        return report.withResolution(text.toString());
    }

    @Test
    void aPictureRoundTripsByteForByteThroughSaveFormatAndOpen(@TempDir Path dir) throws Exception {
        Map<String, byte[]> pictures = pictures();
        Path file = dir.resolve("db.postmortem.json");
        new ReportFiles().save(withPictures(pictures), null, file);
        byte[] saved = Files.readAllBytes(file);
        JsonNode tree = new ObjectMapper().readTree(saved);
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(tree.at("/pictures/4/data")).as("the large picture in pieces").hasSize(2);
        tree.get("pictures").forEach(p -> p.get("data").forEach(piece ->
                assertThat(piece.asText().length()).isLessThanOrEqualTo(1_048_576)));

        assertThat(run("format", file.toString())).isZero();
        assertThat(Files.readAllBytes(file)).as("format changes nothing of a canonical file").isEqualTo(saved);

        Report opened = new ReportReader().read(file).report();
        for (Map.Entry<String, byte[]> p : pictures.entrySet()) {
            assertThat(Pictures.find(opened, "picture:" + p.getKey()).data().bytes()).as(p.getKey()).isEqualTo(p.getValue());
        }
        new ReportFiles().save(opened, opened, file);
        assertThat(Files.readAllBytes(file)).as("saved again unchanged").isEqualTo(saved);
    }

    @Test
    void theMarkdownExportWritesThePicturesBesideItWithRelativeLinks(@TempDir Path dir) throws Exception {
        Map<String, byte[]> pictures = pictures();
        Path file = dir.resolve("db.postmortem.json");
        new ReportFiles().save(withPictures(pictures), null, file);
        Path md = dir.resolve("my notes.md");
        assertThat(run("export", file.toString(), "--md", md.toString())).isZero();
        assertThat(out.toString()).contains("my notes.md: written (5 pictures in my notes_files)");
        String text = Files.readString(md);
        assertThat(text).contains("![The graph.png](my%20notes_files/graph.png)");
        List<String> links = images(text);
        assertThat(links).hasSize(5);
        for (Map.Entry<String, byte[]> p : pictures.entrySet()) {
            String link = "my%20notes_files/" + p.getKey();
            assertThat(links).contains(link);
            assertThat(Files.readAllBytes(dir.resolve(link.replace("%20", " ")))).isEqualTo(p.getValue());
        }
    }

    @Test
    void withEmbedImagesTheMarkdownDocumentHoldsItsPictures(@TempDir Path dir) throws Exception {
        Map<String, byte[]> pictures = pictures();
        Path file = dir.resolve("db.postmortem.json");
        new ReportFiles().save(withPictures(pictures), null, file);
        assertThat(run("export", file.toString(), "--md", "--embed-images")).isZero();
        assertThat(out.toString()).contains("db.md: written").doesNotContain("_files");
        assertThat(dir.resolve("db_files")).doesNotExist();
        List<String> links = images(Files.readString(dir.resolve("db.md")));
        assertThat(links).hasSize(5).allMatch(l -> l.startsWith("data:image/"));
        assertThat(Base64.getDecoder().decode(links.get(0).substring(links.get(0).indexOf(',') + 1)))
                .isEqualTo(pictures.get("graph.png"));
    }

    /** Seeded: whatever names a report gives its pictures, every file lands inside the folder and every link finds it. */
    @Test
    void hostilePictureNamesNeverWriteOutsideTheFolder(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        byte[] png = TestPictures.png(4, 4);
        String b64 = Base64.getEncoder().encodeToString(png);
        String alphabet = "aA0._-";
        List<String> names = new ArrayList<>(List.of("..", ".", "...", ".hidden.png", "CON.png", "nul", "a.png",
                "A.PNG", "-", "x.exe", "a.png.", "_"));
        while (names.size() < 60) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!names.contains(s.toString())) {
                names.add(s.toString());
            }
        }
        Report report = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        List<Picture> stored = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            assertThat(PictureNames.isValid(names.get(i))).as(names.get(i)).isTrue();
            byte[] bytes = TestPictures.png(4 + i, 4);
            stored.add(new Picture(names.get(i), "image/png", "0".repeat(64), 4 + i, 4,
                    Base64.getEncoder().encodeToString(bytes), Extras.NONE));
            text.append("![n").append(i).append("](picture:").append(names.get(i)).append(")\n\n");
        }
        Path folder = dir.resolve("inside");
        Files.createDirectories(folder);
        Path file = folder.resolve("r.postmortem.json");
        new ReportFiles().save(report.withPictures(stored).withRootCause(text.toString()), null, file);
        assertThat(b64).isNotEmpty();
        assertThat(run("export", file.toString(), "--md")).isZero();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()))
                    .allMatch(p -> p.equals("r.postmortem.json") || p.equals("r.md") || p.matches("r_files/[A-Za-z0-9_-][A-Za-z0-9._-]*"));
        }
        List<String> links = images(Files.readString(folder.resolve("r.md")));
        assertThat(links).hasSize(names.size()).doesNotHaveDuplicates();
        for (String link : links) {
            assertThat(folder.resolve(link)).isRegularFile();
        }
    }

    private static List<String> images(String markdown) {
        List<String> out = new ArrayList<>();
        Markdown.parseBlock(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                out.add(image.getDestination());
            }
        });
        return out;
    }
}
