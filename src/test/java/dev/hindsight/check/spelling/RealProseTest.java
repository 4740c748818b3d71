package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import dev.hindsight.testing.ProsePostmortems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The spelling rule on 22 real postmortems (paraphrased, {@code src/test/resources/prose/}): what it
 * flags there is a false alarm, since the fixtures are proofread; and typos seeded into the same
 * prose are caught.
 */
class RealProseTest {
    private static List<Finding> check(ProsePostmortems.Postmortem p) {
        return session(p.language()).check(p.report());
    }

    private static CheckSession session(String language) {
        return CheckSession.open(List.of(Rules.named("spelling").orElseThrow()),
                CheckSetup.commandLine(language, WordList.EMPTY, CheckConfig.none()));
    }

    @Test
    void realPostmortemsRaiseNoFalseAlarms() {
        assertThat(alarms("tuning", ProsePostmortems.NAMES)).isEmpty();
    }

    @Test
    void heldOutPostmortemsRaiseNoFalseAlarms() {
        assertThat(alarms("held-out", ProsePostmortems.HOLDOUT)).isEmpty();
    }

    private static List<String> alarms(String set, List<String> names) {
        List<String> alarms = new ArrayList<>();
        int words = 0;
        for (ProsePostmortems.Postmortem p : ProsePostmortems.load(names)) {
            words += wordCount(p.report());
            for (Finding f : check(p)) {
                alarms.add(p.name() + ": " + f.path() + ": " + f.text());
            }
        }
        System.out.printf(Locale.ROOT, "spelling on the %s set, %d real postmortems, %d words: %d false alarms%n",
                set, names.size(), words, alarms.size());
        alarms.forEach(System.out::println);
        return alarms;
    }

    @Test
    void seededTyposInRealProseAreCaught() {
        Random random = new Random(12);
        SpellingChecker spell = new SpellingChecker(SpellingDictionary.get(SpellingDictionary.Variant.EN_US),
                WordList.technical(), PersonalDictionary.none(), false);
        int seeded = 0;
        List<String> missed = new ArrayList<>();
        for (ProsePostmortems.Postmortem p : ProsePostmortems.load(ProsePostmortems.NAMES)) {
            if (!p.language().equals("en-US")) {
                continue;
            }
            for (TextPlace place : TextPlaces.of(p.report())) {
                Typo typo = seed(place, random, spell);
                if (typo == null) {
                    continue;
                }
                seeded++;
                boolean caught = spell.checkText(typo.place()).stream()
                        .anyMatch(f -> f.start() == typo.start() && f.text().equals(typo.word()));
                if (!caught) {
                    missed.add(p.name() + ": " + place.path() + ": " + typo.word());
                }
            }
        }
        System.out.printf(Locale.ROOT, "seeded %d typos into real prose, caught %d%n", seeded, seeded - missed.size());
        assertThat(seeded).isGreaterThan(300);
        assertThat(missed).isEmpty();
        assertThat(spell.checkText(Spell.block("Teh definately mesage"))).hasSize(3);
    }

    private record Typo(TextPlace place, int start, String word) {
    }

    /** A word of the field's prose changed by one typing slip (letters swapped, dropped or doubled) into a non-word. */
    private static Typo seed(TextPlace place, Random random, SpellingChecker spell) {
        List<int[]> candidates = new ArrayList<>();
        Matcher m = Pattern.compile("(?<=[\\s(])[a-z]{5,12}(?=[\\s,.;:)])").matcher(place.text());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (dev.hindsight.check.ProseText.spans(place).stream().anyMatch(s -> s.start() <= start && end <= s.end())) {
                candidates.add(new int[] {start, end});
            }
        }
        for (int attempt = 0; attempt < 10 && !candidates.isEmpty(); attempt++) {
            int[] at = candidates.get(random.nextInt(candidates.size()));
            String word = place.text().substring(at[0], at[1]);
            int i = 1 + random.nextInt(word.length() - 2);
            String typo;
            switch (random.nextInt(3)) {
                case 0:
                    typo = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                    break;
                case 1:
                    typo = word.substring(0, i) + word.substring(i + 1);
                    break;
                default:
                    typo = word.substring(0, i) + word.charAt(i) + word.substring(i);
                    break;
            }
            if (!spell.isKnown(typo)) {
                String text = place.text().substring(0, at[0]) + typo + place.text().substring(at[1]);
                return new Typo(place.withText(text), at[0], typo);
            }
        }
        return null;
    }

    static int wordCount(Report report) {
        int n = 0;
        for (TextPlace place : TextPlaces.of(report)) {
            Matcher m = Pattern.compile("\\S+").matcher(place.text());
            while (m.find()) {
                n++;
            }
        }
        return n;
    }
}
