package dev.hindsight.check.blameless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import dev.hindsight.testing.ProsePostmortems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The blameless rule on the real postmortems of {@code src/test/resources/prose/} (35, paraphrased),
 * every finding judged true or false in {@code blameless-labels.txt}: the budget is at most one false
 * alarm per family per postmortem. Prints the figures (findings per family per document, true and false)
 * that docs/review.md reports.
 */
class BlamelessRealProseTest {
    private record Label(String fixture, String path, String text, boolean isTrue) {
    }

    private static Map<String, Label> labels() throws IOException {
        Map<String, Label> out = new LinkedHashMap<>();
        try (InputStream in = BlamelessRealProseTest.class.getResourceAsStream("/prose/blameless-labels.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" \\| ");
                Label l = new Label(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip().equals("true"));
                out.merge(key(l.fixture(), l.path(), l.text()), l, (a, b) -> a);
            }
        }
        return out;
    }

    private static String key(String fixture, String path, String text) {
        return fixture + " | " + path + " | " + text;
    }

    @Test
    void atMostOneFalseAlarmPerFamilyPerRealPostmortemAndEveryFindingJudged() throws IOException {
        Map<String, Label> labels = labels();
        BlamelessChecker checker = new BlamelessChecker(Set.of());
        Map<String, Family> families = new HashMap<>();
        PhraseList.bundled().families().forEach(f -> families.put(f.title(), f));
        List<String> unjudged = new ArrayList<>();
        List<String> overBudget = new ArrayList<>();
        Map<String, int[]> perFamily = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        int documents = 0;
        int words = 0;
        StringBuilder table = new StringBuilder();
        for (ProsePostmortems.Postmortem p : ProsePostmortems.all()) {
            documents++;
            words += words(p);
            Map<String, int[]> mine = new TreeMap<>();
            for (Finding f : checker.check(p.report())) {
                String family = family(f, families);
                String k = key(p.name(), f.path(), f.text());
                seen.add(k);
                Label label = labels.get(k);
                if (label == null) {
                    unjudged.add(k + " | ? | " + f.message());
                    continue;
                }
                int[] counts = mine.computeIfAbsent(family, x -> new int[2]);
                counts[label.isTrue() ? 0 : 1]++;
                int[] all = perFamily.computeIfAbsent(family, x -> new int[2]);
                all[label.isTrue() ? 0 : 1]++;
            }
            mine.forEach((family, c) -> {
                table.append(String.format(Locale.ROOT, "  %s | %s | %d true | %d false%n", p.name(), family, c[0], c[1]));
                if (c[1] > 1) {
                    overBudget.add(p.name() + ": " + c[1] + " false alarms in " + family);
                }
            });
        }
        System.out.printf(Locale.ROOT, "blameless on %d real postmortems (%d words):%n%s", documents, words, table);
        perFamily.forEach((family, c) -> System.out.printf(Locale.ROOT, "  all | %s | %d true | %d false%n", family,
                c[0], c[1]));
        List<String> stale = labels.keySet().stream().filter(k -> !seen.contains(k)).toList();
        assertThat(documents).isGreaterThanOrEqualTo(20);
        assertThat(unjudged).as("findings nobody judged yet (add them to blameless-labels.txt)").isEmpty();
        assertThat(stale).as("judged findings the rule no longer gives").isEmpty();
        assertThat(overBudget).isEmpty();
    }

    private static String family(Finding f, Map<String, Family> families) {
        return families.entrySet().stream().filter(e -> f.message().startsWith(e.getKey() + ": "))
                .map(e -> e.getValue().code()).findFirst().orElseThrow();
    }

    private static int words(ProsePostmortems.Postmortem p) {
        int n = 0;
        for (TextPlace place : TextPlaces.of(p.report())) {
            n += place.text().isBlank() ? 0 : place.text().strip().split("\\s+").length;
        }
        return n;
    }
}
