package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.testing.TestPictures;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import dev.hindsight.ui.writing.ProseArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures in Markdown fields as a user puts them there: pasted, inserted from files, deleted, undone, saved. */
class PicturesInWindowTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Report report() {
        return window.document().current();
    }

    @Test
    void aPastedScreenshotIsStoredOnceShownInThePreviewAndUndoneInOneStep(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        Image screenshot = new Image(new ByteArrayInputStream(TestPictures.pngWithAlpha(120, 48)));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(screenshot);
            Clipboard.getSystemClipboard().setContent(content);
        });
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#root-cause");
        shortcut(robot, KeyCode.END);
        String before = report().rootCause();
        shortcut(robot, KeyCode.V);

        assertThat(report().pictures()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("pasted-picture.png");
            assertThat(p.mediaType()).isEqualTo("image/png");
            assertThat(p.width()).isEqualTo(120);
            assertThat(p.height()).isEqualTo(48);
        });
        assertThat(report().rootCause()).isEqualTo(before + "![Pasted picture](picture:pasted-picture.png)");
        ImageView shown = previewImage(robot, "#root-cause-preview");
        assertThat(shown.getImage().getWidth()).isEqualTo(120);
        assertThat(shown.getImage().getHeight()).isEqualTo(48);
        assertThat(texts(robot.lookup("#root-cause-preview").query())).contains("Pasted picture");

        assertThat(window.document().undoLabel().get()).isEqualTo("Undo Insert Picture");
        shortcut(robot, KeyCode.Z);
        assertThat(report().rootCause()).as("one undo takes the reference away").isEqualTo(before);
        assertThat(report().pictures()).as("and the picture").isEmpty();
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(report().pictures()).hasSize(1);
        assertThat(report().rootCause()).endsWith("(picture:pasted-picture.png)");

        keys(robot, KeyCode.ENTER, KeyCode.ENTER);
        shortcut(robot, KeyCode.V);
        assertThat(report().pictures()).as("the same picture twice is stored once").hasSize(1);
        assertThat(report().rootCause()).endsWith("(picture:pasted-picture.png)\n\n![Pasted picture](picture:pasted-picture.png)");
    }

    @Test
    void textCopiedWithItsPictureBringsItIntoAReportWithoutItRenamedBesideAnotherOfItsNameInOneUndoStep(FxRobot robot)
            throws Exception {
        byte[] graph = TestPictures.png(300, 120);
        byte[] other = TestPictures.jpeg(64, 64);
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ReportEdit.of("Set up", r -> {
            try {
                var stored = dev.hindsight.picture.Pictures.store(r, dev.hindsight.picture.Pictures.fromBytes(graph, "graph.png"));
                return stored.report().withRootCause("Before ![Error graph](picture:" + stored.name() + ") after.")
                        .withResolution("Rolled back.");
            } catch (dev.hindsight.picture.PictureRefusal e) {
                throw new IllegalStateException(e);
            }
        })));
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#root-cause");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);

        // another report: the picture is not there, and another picture is called graph.png
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ReportEdit.of("Another report", r -> {
            try {
                Report bare = r.withPictures(List.of()).withRootCause("");
                return dev.hindsight.picture.Pictures.store(bare, dev.hindsight.picture.Pictures.fromBytes(other, "graph.jpg"))
                        .report().withResolution("Rolled back. ![Rack](picture:graph.jpg)");
            } catch (dev.hindsight.picture.PictureRefusal e) {
                throw new IllegalStateException(e);
            }
        })));
        assertThat(report().pictures()).extracting(p -> p.name()).containsExactly("graph.jpg");
        shortcut(robot, KeyCode.DIGIT4);
        robot.clickOn("#resolution");
        shortcut(robot, KeyCode.END);
        String before = report().resolution();
        shortcut(robot, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(report().resolution()).isEqualTo(before + "Before ![Error graph](picture:graph.png) after.");
        assertThat(report().pictures()).hasSize(2);
        assertThat(dev.hindsight.picture.Pictures.find(report(), "picture:graph.png").data().bytes()).isEqualTo(graph);
        assertThat(previewImage(robot, "#resolution-preview").getImage().getWidth()).isIn(64.0, 300.0);
        assertThat(window.document().undoLabel().get()).isEqualTo("Undo Insert Picture");
        shortcut(robot, KeyCode.Z);
        assertThat(report().resolution()).as("one undo takes the text and the picture away").isEqualTo(before);
        assertThat(report().pictures()).hasSize(1);

        // the same picture under a name taken by another: the pasted reference follows the new name
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ReportEdit.of("Rename", r -> {
            var p = r.pictures().get(0);
            return r.withPictures(List.of(new dev.hindsight.model.Picture("graph.png", p.mediaType(), p.sha256(), p.width(),
                    p.height(), p.base64(), p.extras()))).withResolution("Rolled back. ![Rack](picture:graph.png)");
        })));
        robot.clickOn("#resolution");
        shortcut(robot, KeyCode.END);
        String renamedBefore = report().resolution();
        shortcut(robot, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report().resolution()).isEqualTo(renamedBefore + "Before ![Error graph](picture:graph-2.png) after.");
        assertThat(dev.hindsight.picture.Pictures.find(report(), "picture:graph-2.png").data().bytes()).isEqualTo(graph);

        // pasted again where the picture is: a plain paste, nothing added
        shortcut(robot, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report().pictures()).hasSize(2);
        assertThat(report().resolution()).endsWith("(picture:graph-2.png) after.Before ![Error graph](picture:graph-2.png) after.");
    }

    @Test
    void deletedReferencesLetASaveDropThePictureAndUndoBringsItBack(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        Path picture = harness.home.resolve("error_rate-graph.jpg");
        Files.write(picture, TestPictures.jpeg(300, 100));
        shortcut(robot, KeyCode.DIGIT4);
        robot.clickOn("#resolution");
        shortcut(robot, KeyCode.END);
        harness.dialogs.pictureAnswers.add(List.of(picture));
        shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        assertThat(report().resolution()).endsWith("![error rate graph](picture:error_rate-graph.jpg)");
        assertThat(previewImage(robot, "#resolution-preview").getImage().getWidth()).isEqualTo(300);

        Path saved = harness.home.resolve("with-picture.postmortem.json");
        harness.dialogs.saveAnswers.add(saved);
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        JsonNode file = new ObjectMapper().readTree(saved.toFile());
        assertThat(file.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(Base64.getDecoder().decode(file.at("/pictures/0/data/0").asText()))
                .isEqualTo(Files.readAllBytes(picture));

        String withReference = report().resolution();
        robot.interact(() -> robot.lookup("#resolution").queryAs(ProseArea.class)
                .replaceText(withReference.replace("![error rate graph](picture:error_rate-graph.jpg)", "")));
        shortcut(robot, KeyCode.S);
        assertThat(new ObjectMapper().readTree(saved.toFile()).get("pictures")).as("dropped on save").isEmpty();
        assertThat(window.document().dirty().get()).isFalse();
        assertThat(window.document().undoLabel().get()).isEqualTo("Undo Remove Unused Picture");
        shortcut(robot, KeyCode.Z);
        assertThat(report().pictures()).as("undo brings the picture back").hasSize(1);
        assertThat(window.document().dirty().get()).isTrue();
        shortcut(robot, KeyCode.Z);
        assertThat(report().resolution()).isEqualTo(withReference);
        assertThat(previewImage(robot, "#resolution-preview").getImage().getWidth()).isEqualTo(300);
    }

    @Test
    void refusedPicturesAreSaidInWordsAndChangeNothing(FxRobot robot) throws Exception {
        Path bomb = harness.home.resolve("tiny.png");
        Files.write(bomb, TestPictures.pngBomb(50_000, 50_000));
        Path text = harness.home.resolve("notes.png");
        Files.writeString(text, "not a picture");
        Path big = harness.home.resolve("huge.png");
        Files.write(big, TestPictures.noisyPng(2000, 1800, 3));
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#root-cause");
        harness.dialogs.pictureAnswers.add(List.of(bomb, text, big));
        shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        assertThat(harness.dialogs.asked).anySatisfy(a -> assertThat(a).startsWith("shrink:\u201chuge.png\u201d is too large")
                .contains("at most 10.0 MB"));
        assertThat(harness.dialogs.errors).singleElement().asString()
                .startsWith("3 pictures were not inserted")
                .contains("\u201ctiny.png\u201d: this picture is 50,000 \u00D7 50,000 pixels")
                .contains("\u201cnotes.png\u201d: this is not a PNG, JPEG or GIF picture")
                .contains("\u201chuge.png\u201d: this picture is 10.");
        assertThat(report().pictures()).isEmpty();
        assertThat(report().rootCause()).isEmpty();

        harness.dialogs.errors.clear();
        harness.dialogs.shrinkAnswers.add(true);
        harness.dialogs.pictureAnswers.add(List.of(big));
        shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        assertThat(harness.dialogs.errors).isEmpty();
        assertThat(report().pictures()).singleElement().satisfies(p -> assertThat(p.width()).isLessThan(2000));
    }

    @Test
    void missingPicturesAndOutsideAddressesAreNeverLoaded(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#root-cause");
        robot.interact(() -> robot.lookup("#root-cause").queryAs(ProseArea.class).replaceText(
                "![graph](picture:gone.png)\n\n![remote](https://example.com/x.png) and ![disk](file:///etc/passwd)"));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Parent preview = robot.lookup("#root-cause-preview").queryAs(ScrollPane.class);
        assertThat(nodes(preview, ImageView.class)).isEmpty();
        assertThat(texts(preview)).anySatisfy(t -> assertThat(t)
                .contains("Picture not shown: the picture \"gone.png\" is not in this report").contains("graph"));
        List<Hyperlink> links = nodes(preview, Hyperlink.class);
        assertThat(links).extracting(Hyperlink::getText).containsExactly("[image: remote]");
        assertThat(texts(preview)).anySatisfy(t -> assertThat(t).contains("[image: disk]"));
    }

    /**
     * A colleague's file may hold anything under a picture's name: a header of 60,000 x 60,000
     * pixels, a header whose pixels are not there, a type this version does not show, JPEG bytes
     * stored as a PNG. The preview shows what it can and says why not for the rest, and never
     * decodes the bomb or fails.
     */
    @Test
    void hostilePicturesInAnOpenedFileArePlaceholdersAndNeverDecoded(FxRobot robot) {
        List<dev.hindsight.model.Picture> pictures = List.of(
                stored("bomb.png", "image/png", TestPictures.pngBomb(60_000, 60_000)),
                stored("hollow.png", "image/png", TestPictures.pngBomb(300, 200)),
                stored("drawing.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()),
                stored("photo.png", "image/png", TestPictures.jpeg(64, 48)));
        Report hostile = Report.blank().withPictures(pictures).withRootCause(
                "![Bomb](picture:bomb.png)\n\n![Hollow](picture:hollow.png)\n\n![Vector](picture:drawing.svg)\n\n"
                        + "![Photo](picture:photo.png)");
        robot.interact(() -> window.document().opened(hostile, null, List.of(), null));
        shortcut(robot, KeyCode.DIGIT3);
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Parent preview = robot.lookup("#root-cause-preview").queryAs(ScrollPane.class);
        assertThat(nodes(preview, ImageView.class)).as("only the photo is shown")
                .singleElement().satisfies(v -> assertThat(v.getImage().getWidth()).isEqualTo(64));
        assertThat(String.join("\n", texts(preview))).contains("\"bomb.png\" cannot be shown")
                .contains("60,000 \u00D7 60,000").contains("\"hollow.png\" cannot be shown")
                .contains("\"drawing.svg\" is stored as \"image/svg+xml\"");
        assertThat(harness.dialogs.errors).isEmpty();
        assertThat(report().pictures()).as("a look changes nothing").isEqualTo(pictures);
    }

    private static dev.hindsight.model.Picture stored(String name, String type, byte[] bytes) {
        return new dev.hindsight.model.Picture(name, type, "0".repeat(64), 1, 1, Base64.getEncoder().encodeToString(bytes),
                dev.hindsight.model.Extras.NONE);
    }

    private static ImageView previewImage(FxRobot robot, String preview) {
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup(preview).query();
        List<ImageView> views = nodes(pane, ImageView.class);
        assertThat(views).as("pictures in %s", preview).isNotEmpty();
        ImageView view = views.get(0);
        assertThat(view.getImage()).isNotNull();
        assertThat(view.getImage().isError()).isFalse();
        assertThat(view.getFitWidth()).isPositive();
        return view;
    }

    private static <T> List<T> nodes(Node root, Class<T> type) {
        List<T> out = new java.util.ArrayList<>();
        walk(root, n -> {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        });
        return out;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                walk(scroll.getContent(), visit);
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, visit));
        }
    }

    private static List<String> texts(Node root) {
        List<String> out = new java.util.ArrayList<>();
        walk(root, n -> {
            if (n instanceof Label label) {
                out.add(label.getText());
            } else if (n instanceof javafx.scene.text.Text text) {
                out.add(text.getText());
            }
        });
        return out;
    }
}
