package dev.hindsight.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's preview updated block by block: after any edit it shows what a fresh render of the
 * text shows, and the blocks the edit did not touch keep their nodes (seeded generated documents
 * and edits).
 */
class LivePreviewTest {
    private static final String[] WORDS = {"the", "database", "**failed over**", "`db-1`", "_twice_", "paged",
        "[runbook](https://example.com/rb)", "we", "rolled", "back", "<b>raw</b>", "deploy", "\u05e9\u05dc\u05d5\u05dd"};
    private final MarkdownPreview renderer = new MarkdownPreview(link -> { });

    @BeforeAll
    static void toolkit() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        assertThat(up.await(30, TimeUnit.SECONDS)).isTrue();
        // The window one test shows must not take the toolkit with it when it closes.
        Platform.setImplicitExit(false);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    @Test
    void afterEveryEditThePreviewIsAFreshRenderAndOnlyTheChangedBlocksAreNew() throws Exception {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            List<String> blocks = new ArrayList<>();
            for (int i = 0; i < 3 + random.nextInt(12); i++) {
                blocks.add(block(random));
            }
            LivePreview live = new LivePreview(renderer);
            fx(() -> {
                live.show(String.join("\n\n", blocks));
                return null;
            });
            for (int step = 0; step < 12; step++) {
                List<Node> before = fx(() -> List.copyOf(((Pane) live.node()).getChildren()));
                List<String> was = keys(String.join("\n\n", blocks));
                edit(random, blocks);
                String text = String.join("\n\n", blocks);
                String label = "seed " + seed + " step " + step + ":\n" + text;
                List<Node> after = fx(() -> {
                    live.show(text);
                    return List.copyOf(((Pane) live.node()).getChildren());
                });
                String fresh = fx(() -> describe(renderer.render(text)));
                assertThat(fx(() -> describe(live.node()))).as(label).isEqualTo(fresh);
                Map<Node, Boolean> old = new IdentityHashMap<>();
                before.forEach(n -> old.put(n, true));
                long kept = after.stream().filter(old::containsKey).count();
                List<String> unchanged = new ArrayList<>(was);
                long same = keys(text).stream().filter(unchanged::remove).count();
                assertThat(kept).as(label + "\nblocks kept: those that read as before").isEqualTo(same);
            }
        }
    }

    @Test
    void typingInOneParagraphBuildsThatParagraphOnly() throws Exception {
        LivePreview live = new LivePreview(renderer);
        List<Node> before = fx(() -> {
            live.show("# Root cause\n\nThe pool was exhausted.\n\n- one\n- two\n\nWe rolled back.");
            return List.copyOf(((Pane) live.node()).getChildren());
        });
        List<Node> after = fx(() -> {
            live.show("# Root cause\n\nThe pool was exhausted twice.\n\n- one\n- two\n\nWe rolled back.");
            return List.copyOf(((Pane) live.node()).getChildren());
        });
        assertThat(after).hasSize(4);
        assertThat(after.get(0)).isSameAs(before.get(0));
        assertThat(after.get(1)).isNotSameAs(before.get(1));
        assertThat(after.get(2)).isSameAs(before.get(2));
        assertThat(after.get(3)).isSameAs(before.get(3));
    }

    /** Shown in a narrow window after edits, no block overlaps the next: each is as tall as its text wraps. */
    @Test
    void shownInANarrowWindowTheBlocksStackWithoutOverlapping() throws Exception {
        LivePreview live = new LivePreview(renderer);
        String first = "# What went wrong in the primary database\n\nThe **primary** cause was a *race* between two "
                + "`cron` jobs, see [the runbook](https://example.com/rb).\n\n## Sequence\n\n1. Job A starts\n2. Job B";
        javafx.stage.Stage stage = fx(() -> {
            javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(live.node());
            pane.setFitToWidth(true);
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new javafx.scene.Scene(pane, 260, 600));
            live.show(first);
            s.show();
            return s;
        });
        try {
            for (String text : List.of(first, first.replace("race", "race condition that nobody had seen"),
                    first + "\n\nA last paragraph long enough to wrap over several lines of this narrow pane.")) {
                fx(() -> {
                    live.show(text);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<double[]> spans = fx(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    List<double[]> out = new ArrayList<>();
                    for (Node n : ((Pane) live.node()).getChildren()) {
                        out.add(new double[] {n.getBoundsInParent().getMinY(), n.getBoundsInParent().getMaxY(),
                                n.getLayoutBounds().getHeight(), n.prefHeight(((Pane) live.node()).getWidth() - 24)});
                    }
                    return out;
                });
                for (int i = 1; i < spans.size(); i++) {
                    assertThat(spans.get(i)[0]).as(text + "\nblock " + i + " starts below block " + (i - 1))
                            .isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
                }
                assertThat(spans).allSatisfy(b -> assertThat(b[2]).as("as tall as it wraps")
                        .isCloseTo(b[3], org.assertj.core.data.Offset.offset(1.0)));
            }
        } finally {
            fx(() -> {
                stage.close();
                return null;
            });
        }
    }

    @Test
    void aLinkWhoseReferenceChangesIsBuiltAgain() throws Exception {
        LivePreview live = new LivePreview(renderer);
        fx(() -> {
            live.show("See [the runbook][rb].\n\n[rb]: https://example.com/a");
            return null;
        });
        String text = "See [the runbook][rb].\n\n[rb]: https://example.com/b";
        Node shown = fx(() -> {
            live.show(text);
            return live.node();
        });
        assertThat(LivePreview.key(dev.hindsight.markdown.Markdown.parseBlock(text).getFirstChild()))
                .contains("https://example.com/b");
        assertThat(fx(() -> describe(shown))).isEqualTo(fx(() -> describe(renderer.render(text))));
    }

    /** The keys of the text's top-level blocks (lists next to each other are one block, as Markdown reads them). */
    private static List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        for (var b = dev.hindsight.markdown.Markdown.parseBlock(text).getFirstChild(); b != null; b = b.getNext()) {
            out.add(LivePreview.key(b));
        }
        return out;
    }

    private static String block(Random random) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(8); i++) {
            words.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return switch (random.nextInt(8)) {
            case 0 -> "## " + words;
            case 1 -> "- " + words + "\n- " + WORDS[random.nextInt(WORDS.length)];
            case 2 -> "3. " + words + "\n4. more";
            case 3 -> "```\n" + words + "\n```";
            case 4 -> "> " + words;
            case 5 -> "| a | b |\n|---|---|\n| " + words + " | x |";
            default -> words.toString();
        };
    }

    /** Changes, inserts, removes, moves or duplicates a block. */
    private static void edit(Random random, List<String> blocks) {
        int at = random.nextInt(blocks.size());
        switch (random.nextInt(5)) {
            case 0 -> blocks.set(at, blocks.get(at) + " " + WORDS[random.nextInt(WORDS.length)]);
            case 1 -> blocks.add(at, block(random));
            case 2 -> {
                if (blocks.size() > 1) {
                    blocks.remove(at);
                }
            }
            case 3 -> blocks.add(random.nextInt(blocks.size()), blocks.remove(at));
            default -> blocks.add(at, blocks.get(at));
        }
    }

    /** A node tree as text: each node's class, style classes and text, its children indented. */
    private static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(node.getStyleClass())
                .append(node.getStyle());
        if (node instanceof Text t) {
            out.append(" \"").append(t.getText()).append('"');
        } else if (node instanceof Labeled l) {
            out.append(" \"").append(l.getText()).append('"');
        }
        out.append('\n');
        if (node instanceof Parent p && !(node instanceof Labeled)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                describe(child, depth + 1, out);
            }
        }
    }
}
