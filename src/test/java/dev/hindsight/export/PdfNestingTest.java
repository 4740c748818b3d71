package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.format.FormatLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Block quotes and lists nested as deep as a report can hold them: the indentation stops growing,
 * the text never disappears (past about 45 quotes it used to vanish from the PDF).
 */
class PdfNestingTest {
    private static final int DEEPEST = FormatLimits.DEFAULT.maxDepth();

    enum Kind { QUOTE, BULLET, ORDERED }

    @Test
    void everyWordOfGeneratedNestingsReachesThePdf() {
        Random random = new Random(10);
        List<int[]> cases = new ArrayList<>();
        for (int depth : new int[] {1, 44, 45, 46, 60, DEEPEST}) {
            cases.add(new int[] {depth, -1});
        }
        for (int i = 0; i < 6; i++) {
            cases.add(new int[] {1 + random.nextInt(DEEPEST), random.nextInt(3)});
        }
        for (int[] c : cases) {
            for (Kind only : c[1] < 0 ? Kind.values() : new Kind[] {null}) {
                List<Kind> kinds = new ArrayList<>();
                for (int level = 0; level < c[0]; level++) {
                    kinds.add(only != null ? only : Kind.values()[random.nextInt(3)]);
                }
                String markdown = nested(kinds, "w");
                String text = PdfFile.flat(ExportTesting.pdf(Report.blank().withRootCause(markdown)).pdf().text())
                        .replace(" ", "");
                for (int level = 0; level <= kinds.size(); level++) {
                    assertThat(text.contains("w" + level + "x")).as("%s: level %d of %d", only == null ? "mixed" : only,
                            level, kinds.size()).isTrue();
                }
            }
        }
    }

    @Test
    void deepNestingInANarrowActionItemCellKeepsItsText() {
        List<Kind> kinds = new ArrayList<>();
        for (int level = 0; level < 120; level++) {
            kinds.add(Kind.values()[level % 3]);
        }
        ActionItem item = new ActionItem("Nested", nested(kinds, "d"), ActionType.PREVENT, "Ada", null, Priority.P2,
                ActionStatus.OPEN, "", Extras.NONE);
        String text = PdfFile.flat(ExportTesting.pdf(Report.blank().withMeasures(new Measures("", List.of(item),
                Extras.NONE))).pdf().text()).replace(" ", "");
        for (int level = 0; level <= kinds.size(); level++) {
            assertThat(text.contains("d" + level + "x")).as("level %d", level).isTrue();
        }
    }

    /** Markdown nesting {@code kinds} from the outside in, with a paragraph "PREFIX{level}x word" at each level. */
    static String nested(List<Kind> kinds, String prefix) {
        List<String> lines = new ArrayList<>(List.of(prefix + kinds.size() + "x leaf"));
        for (int level = kinds.size() - 1; level >= 0; level--) {
            List<String> inner = new ArrayList<>();
            inner.add(prefix + level + "x words at level " + level);
            inner.add("");
            inner.addAll(lines);
            lines = new ArrayList<>();
            for (int i = 0; i < inner.size(); i++) {
                String line = inner.get(i);
                switch (kinds.get(level)) {
                    case QUOTE -> lines.add(line.isEmpty() ? ">" : "> " + line);
                    case BULLET -> lines.add(i == 0 ? "- " + line : line.isEmpty() ? "" : "  " + line);
                    case ORDERED -> lines.add(i == 0 ? "1. " + line : line.isEmpty() ? "" : "   " + line);
                    default -> throw new IllegalStateException();
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
