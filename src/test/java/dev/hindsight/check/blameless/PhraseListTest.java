package dev.hindsight.check.blameless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportSection;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled phrase list: its size, its format, and every phrase of it found where it is written. */
class PhraseListTest {
    private static final PhraseList LIST = PhraseList.bundled();

    @Test
    void theListHasAtLeastEightFamiliesAndOneHundredAndFiftyPhrasesEachWithAWhyAndAnInstead() {
        assertThat(LIST.families()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(LIST.phrases()).hasSizeGreaterThanOrEqualTo(150);
        Map<String, Long> perFamily = LIST.phrases().stream()
                .collect(Collectors.groupingBy(p -> p.family().code(), Collectors.counting()));
        for (Family f : LIST.families()) {
            assertThat(perFamily.get(f.code())).as(f.code()).isGreaterThanOrEqualTo(10);
        }
        assertThat(LIST.phrases()).allSatisfy(p -> {
            assertThat(p.why()).isNotBlank();
            assertThat(p.instead()).isNotBlank();
        });
        long lines = LIST.phrases().stream().map(Phrase::pattern).distinct().count();
        System.out.printf(Locale.ROOT, "blameless phrase list: %d families, %d pattern lines, %d phrases%n",
                LIST.families().size(), lines, LIST.phrases().size());
        perFamily.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %s: %d%n", k, v));
    }

    @Test
    void bracesGiveEveryAlternativeIncludingAnEmptyOne() {
        assertThat(PhraseList.expand("forg{ot,otten}")).containsExactly("forgot", "forgotten");
        assertThat(PhraseList.expand("care{,less}{,ly}")).containsExactly("care", "carely", "careless", "carelessly");
        assertThat(PhraseList.expand("{the ,}engineer")).containsExactly("the engineer", "engineer");
    }

    /**
     * The parser splits words at runs of white space without a regex (it runs in every {@code check}
     * process): the bundled list with each space in a pattern made a random run of spaces, tabs and
     * form feeds gives the same phrases, word for word.
     */
    @Test
    void anyRunOfWhiteSpaceBetweenWordsGivesTheSamePhrases() throws Exception {
        String text;
        try (var in = PhraseList.class.getResourceAsStream(PhraseList.RESOURCE)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Random random = new Random(29);
        String[] spaces = {" ", "  ", "\t", " \t ", "\u000b", "\f "};
        StringBuilder spaced = new StringBuilder();
        for (String line : text.lines().toList()) {
            boolean pattern = !line.isBlank() && "#@[!".indexOf(line.strip().charAt(0)) < 0 && !line.startsWith("why:")
                    && !line.startsWith("instead:");
            String head = pattern ? line.split("\\|", 2)[0] : line;
            StringBuilder out = new StringBuilder();
            for (char c : head.toCharArray()) {
                out.append(c == ' ' ? spaces[random.nextInt(spaces.length)] : String.valueOf(c));
            }
            spaced.append(random.nextBoolean() ? "\t" : "").append(out).append(line.substring(head.length())).append('\n');
        }
        PhraseList parsed = PhraseList.parse(spaced.toString(), "spaced");
        assertThat(parsed.phrases()).extracting(Phrase::words)
                .containsExactlyElementsOf(LIST.phrases().stream().map(Phrase::words).toList());
        assertThat(parsed.exceptions()).isEqualTo(LIST.exceptions());
        assertThat(PhraseList.expand(" a\t\t{b ,c  d}\u000b e ")).containsExactly("a b e", "a c d e");
    }

    @Test
    void aLineTheParserCannotReadIsNamedWithItsNumber() {
        String header = "@role = engineer\n[f] F\n";
        assertThatThrownBy(() -> PhraseList.parse(header + "a phrase\n", "test.txt"))
                .hasMessage("test.txt, line 3: a phrase without a why: and an instead:");
        assertThatThrownBy(() -> PhraseList.parse(header + "why: w\ninstead: i\n<nobody> forgot\n", "test.txt"))
                .hasMessage("test.txt, line 5: no slot <nobody>");
        assertThatThrownBy(() -> PhraseList.parse("[f] F\nwhy: w\ninstead: i\nx | y\n", "t"))
                .hasMessage("t, line 4: a phrase is written pattern | why | instead");
        assertThatThrownBy(() -> PhraseList.parse("why: w\ninstead: i\nx\n", "t"))
                .hasMessage("t, line 3: a phrase before any [family]");
        assertThatThrownBy(() -> PhraseList.expand("{a,b")).hasMessageContaining("unclosed");
    }

    /**
     * Every phrase of the list, its slots filled with a role ("engineer"), written in a sentence in
     * a random case after text with characters outside the basic plane: a finding on exactly its
     * words, at its UTF-16 offsets. A phrase may be found as a longer phrase that holds it.
     */
    @Test
    void everyPhraseIsFoundOnExactlyItsWordsInAnyCase() {
        BlamelessChecker checker = new BlamelessChecker(Set.of());
        Random random = new Random(13);
        List<String> missed = new ArrayList<>();
        String prefix = "\ud83d\udd25 Caf\u00e9 \u2014 ";
        for (Phrase p : LIST.phrases()) {
            String words = p.words().stream().map(w -> fill(w)).collect(Collectors.joining(" "));
            String written = randomCase(words, random);
            String text = prefix + written + " today.";
            List<Finding> found = checker.checkText(place(text));
            int start = prefix.length();
            int end = start + written.length();
            boolean ok = found.stream().anyMatch(f -> f.start() <= start && f.end() >= end
                    && f.text().equals(text.substring(f.start(), f.end())));
            if (!ok) {
                missed.add(p.family().code() + ": " + text + " -> " + found.stream().map(Finding::text).toList());
            }
        }
        assertThat(missed).isEmpty();
    }

    private static String fill(String word) {
        switch (word) {
            case "<role>":
            case "<person>":
            case "<anyone>":
                return "engineer";
            case "<person's>":
                return "engineer's";
            default:
                return word;
        }
    }

    private static String randomCase(String s, Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return s.toUpperCase(Locale.ROOT);
            case 1:
                return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
            default:
                return s;
        }
    }

    static TextPlace place(String text) {
        return new TextPlace("resolution", ReportSection.RESOLUTION, TextPlace.Kind.BLOCK_MARKDOWN, "Resolution", text);
    }
}
