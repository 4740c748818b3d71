package dev.hindsight.check.blameless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportSection;
import dev.hindsight.model.TextPlace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The blameless rule on written examples ({@code src/test/resources/blameless/examples.txt}): every
 * family's phrasings are flagged on exactly the bracketed words, with the family's title and a
 * suggestion; sentences of the kind real postmortems are made of raise nothing.
 */
class BlamelessExamplesTest {
    private static final BlamelessChecker CHECKER = new BlamelessChecker(Set.of());
    private static final Map<String, Family> FAMILIES = PhraseList.bundled().families().stream()
            .collect(Collectors.toMap(Family::code, Function.identity()));

    /** One line: the family expected ("-" for none), the sentence without brackets, the bracketed stretches. */
    record Example(String family, String sentence, List<int[]> flagged, String line) {
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = BlamelessExamplesTest.class.getResourceAsStream("/blameless/examples.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                String family = line.substring(0, bar).strip();
                String marked = line.substring(bar + 3).strip();
                StringBuilder sentence = new StringBuilder();
                List<int[]> flagged = new ArrayList<>();
                int open = -1;
                for (char c : marked.toCharArray()) {
                    if (c == '[') {
                        open = sentence.length();
                    } else if (c == ']') {
                        flagged.add(new int[] {open, sentence.length()});
                    } else {
                        sentence.append(c);
                    }
                }
                out.add(new Example(family, sentence.toString(), flagged, line));
            }
        }
        return out;
    }

    static List<Finding> check(String text) {
        return CHECKER.checkText(new TextPlace("rootCause", ReportSection.ROOT_CAUSE, TextPlace.Kind.BLOCK_MARKDOWN,
                "Root Cause", text));
    }

    @Test
    void everyFamilyHasWrittenExamplesAndThereAreManyNegatives() throws IOException {
        List<Example> all = examples();
        for (Family f : PhraseList.bundled().families()) {
            assertThat(all.stream().filter(e -> e.family().equals(f.code())).count())
                    .as("examples of %s", f.code()).isGreaterThanOrEqualTo(8);
        }
        assertThat(all.stream().filter(e -> !e.family().equals("-") && !FAMILIES.containsKey(e.family()))).isEmpty();
        assertThat(all.stream().filter(e -> e.family().equals("-")).count()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void eachPositiveExampleIsFlaggedOnExactlyItsWordsWithItsFamily() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Example e : examples()) {
            if (e.family().equals("-")) {
                continue;
            }
            List<Finding> found = check(e.sentence());
            List<String> got = found.stream().map(f -> f.start() + "-" + f.end() + " " + f.text()).toList();
            List<String> want = e.flagged().stream()
                    .map(s -> s[0] + "-" + s[1] + " " + e.sentence().substring(s[0], s[1])).toList();
            String title = FAMILIES.get(e.family()).title() + ": ";
            if (!got.equals(want) || found.stream().anyMatch(f -> !f.message().startsWith(title)
                    || f.suggestions().size() != 1 || f.suggestions().get(0).isBlank())) {
                wrong.add(e.line() + "  -> " + found.stream().map(f -> f.text() + " [" + f.message().split(":")[0] + "]")
                        .toList());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void usualPostmortemProseRaisesNothing() throws IOException {
        List<String> alarms = new ArrayList<>();
        for (Example e : examples()) {
            if (e.family().equals("-")) {
                check(e.sentence()).forEach(f -> alarms.add(e.sentence() + "  -> " + f.text() + " [" + f.message() + "]"));
            }
        }
        assertThat(alarms).isEmpty();
    }
}
