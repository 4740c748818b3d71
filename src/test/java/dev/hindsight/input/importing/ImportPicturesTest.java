package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.picture.Pictures;
import dev.hindsight.testing.TestPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Import brings the pictures a document refers to from its own folder and below, and nothing else. */
class ImportPicturesTest {
    static final byte[] GRAPH = TestPictures.png(300, 120);
    static final byte[] OUTSIDE = TestPictures.png(40, 30);

    /** A postmortem in {@code dir/doc} referring to a picture beside it and to files it must not read. */
    static Path postmortem(Path dir) throws Exception {
        Path doc = Files.createDirectories(dir.resolve("doc"));
        Files.createDirectories(doc.resolve("img"));
        Files.write(doc.resolve("img/graph.png"), GRAPH);
        Files.write(dir.resolve("outside.png"), OUTSIDE);
        Files.writeString(doc.resolve("img/notes.png"), "these are meeting notes, not a picture\n");
        boolean links = !OS.WINDOWS.isCurrentOs();
        if (links) {
            Files.createSymbolicLink(doc.resolve("img/link.png"), dir.resolve("outside.png"));
        }
        return Files.writeString(doc.resolve("postmortem.md"), "# Checkout outage\n\n## Impact\n\n"
                + "About 40% of users saw errors.\n\n![graph](img/graph.png)\n\n![x](../outside.png)\n\n"
                + "## Resolution\n\nRolled back. ![y](/etc/passwd) ![z](https://example.com/a.png)"
                + (links ? " ![l](img/link.png)" : "") + " ![n](img/notes.png) ![again](img/graph.png)\n");
    }

    @Test
    void bringsOnlyTheRelativePictureInsideTheFolderAndSaysWhyNotTheOthers(@TempDir Path dir) throws Exception {
        ImportResult result = new Importer().importFile(postmortem(dir));
        Report report = result.report();

        assertThat(report.pictures()).hasSize(1);
        Picture picture = report.pictures().get(0);
        assertThat(Base64.getDecoder().decode(picture.base64())).isEqualTo(GRAPH);
        assertThat(report.summary().impact()).contains("![graph](picture:" + picture.name() + ")")
                .contains("![x](../outside.png)").doesNotContain("img/graph.png");
        assertThat(report.resolution()).contains("![again](picture:" + picture.name() + ")")
                .contains("![y](/etc/passwd)", "![z](https://example.com/a.png)", "![n](img/notes.png)");
        assertThat(Pictures.find(report, "picture:" + picture.name()).data().bytes()).isEqualTo(GRAPH);

        List<String> notes = result.notes();
        assertThat(notes).contains("1 picture was brought into the report from the document's folder");
        assertThat(notes).anyMatch(n -> n.contains("\"../outside.png\": outside the document's folder"));
        assertThat(notes).anyMatch(n -> n.contains("\"/etc/passwd\": not a path relative to the document"));
        assertThat(notes).anyMatch(n -> n.contains("\"https://example.com/a.png\": a web address"));
        assertThat(notes).anyMatch(n -> n.startsWith("image not brought in (the reference is kept as text): "
                + "\"img/notes.png\": "));
        if (!OS.WINDOWS.isCurrentOs()) {
            assertThat(report.resolution()).contains("![l](img/link.png)");
            assertThat(notes).anyMatch(n -> n.contains("\"img/link.png\": a link to a file outside"));
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links")
    void aFolderLinkPointingOutIsRefusedToo(@TempDir Path dir) throws Exception {
        Path doc = Files.createDirectories(dir.resolve("doc"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(dir.resolve("elsewhere/graph.png"), OUTSIDE);
        Files.createSymbolicLink(doc.resolve("img"), dir.resolve("elsewhere"));
        ImportResult result = new Importer().importFile(Files.writeString(doc.resolve("p.md"),
                "# Outage\n\n## Impact\n\n![g](img/graph.png)\n"));
        assertThat(result.report().pictures()).isEmpty();
        assertThat(result.notes()).anyMatch(n -> n.contains("a link to a file outside"));
    }

    @Test
    void pastedTextReadsNoPictures() throws Exception {
        ImportResult result = new Importer().importText("# Outage\n\n## Impact\n\n![g](graph.png)\n");
        assertThat(result.report().pictures()).isEmpty();
        assertThat(result.notes()).anyMatch(n -> n.contains("pasted text has no folder"));
    }

    /**
     * Generated paths of {@code img}, {@code sub}, {@code .}, {@code ..} and {@code %2e%2e}: a picture is
     * brought in exactly when the path, read step by step, stays in the document's folder and ends
     * at its graph; the file of the same name outside it is never taken.
     */
    @Test
    void generatedPathsNeverReachOutsideTheFolder(@TempDir Path dir) throws Exception {
        Path doc = Files.createDirectories(dir.resolve("a/doc"));
        Files.createDirectories(doc.resolve("img/sub"));
        Files.write(doc.resolve("img/graph.png"), GRAPH);
        Files.createDirectories(dir.resolve("a/img"));
        Files.write(dir.resolve("a/img/graph.png"), OUTSIDE);
        Files.write(dir.resolve("a/graph.png"), OUTSIDE);
        Random random = new Random(16);
        String[] steps = {"img", "sub", ".", "..", "%2e%2e", "img", ".."};
        for (int n = 0; n < 150; n++) {
            List<String> path = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                path.add(steps[random.nextInt(steps.length)]);
            }
            path.add("graph.png");
            String destination = String.join("/", path);
            ImportResult result = new Importer().importFile(Files.writeString(doc.resolve("p.md"),
                    "# Outage\n\n## Impact\n\n![g](" + destination + ")\n"));
            List<Picture> pictures = result.report().pictures();
            assertThat(pictures).as(destination).hasSize(landsOnTheGraph(path) ? 1 : 0);
            for (Picture p : pictures) {
                assertThat(Base64.getDecoder().decode(p.base64())).as(destination).isEqualTo(GRAPH);
            }
        }
    }

    /** Whether {@code path}, read from the document's folder one step at a time, stays inside and names img/graph.png. */
    private static boolean landsOnTheGraph(List<String> path) {
        Deque<String> at = new ArrayDeque<>();
        for (String step : path) {
            if (step.equals("..") || step.equals("%2e%2e")) {
                if (at.isEmpty()) {
                    return false;
                }
                at.removeLast();
            } else if (!step.equals(".")) {
                at.addLast(step);
            }
        }
        return String.join("/", at).equals("img/graph.png");
    }
}
