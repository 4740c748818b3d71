package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions a person picks from on a right-click: the right word among the first five, in the word's case. */
class SuggestionsTest {
    private static final SpellingChecker SPELL = Spell.us();

    @Test
    void theSeededTyposAreCaughtWithTheRightWordFirst() {
        List<Finding> found = SPELL.checkText(Spell.block("Teh definately mesage"));
        assertThat(found).extracting(Finding::text).containsExactly("Teh", "definately", "mesage");
        assertThat(found.get(0).suggestions()).hasSizeLessThanOrEqualTo(5).first().isEqualTo("The");
        assertThat(found.get(1).suggestions()).hasSizeLessThanOrEqualTo(5).contains("definitely");
        assertThat(found.get(1).suggestions().get(0)).isEqualTo("definitely");
        assertThat(found.get(2).suggestions()).hasSizeLessThanOrEqualTo(5).first().isEqualTo("message");
    }

    @Test
    void commonMisspellingsOfIncidentProseSuggestTheWord() {
        String[][] cases = {{"recieve", "receive"}, {"occured", "occurred"}, {"seperate", "separate"},
            {"accomodate", "accommodate"}, {"untill", "until"}, {"enviroment", "environment"},
            {"dependancy", "dependency"}, {"configuraton", "configuration"}, {"databse", "database"},
            {"latencey", "latency"}, {"rollbak", "rollback"}, {"Kuberentes", "Kubernetes"}, {"Terrafrom", "Terraform"},
            {"Prometeus", "Prometheus"}, {"runbok", "runbook"}, {"failvoer", "failover"}, {"Pagerduty", "PagerDuty"}};
        for (String[] c : cases) {
            assertThat(SPELL.isKnown(c[0])).as(c[0]).isFalse();
            assertThat(SPELL.suggestions(c[0])).as(c[0]).hasSizeLessThanOrEqualTo(5).contains(c[1]);
        }
    }

    @Test
    void aCapitalisedWordGetsCapitalisedSuggestions() {
        assertThat(SPELL.suggestions("Recieve")).first().isEqualTo("Receive");
        assertThat(SPELL.suggestions("recieve")).first().isEqualTo("receive");
    }

    @Test
    void theEditorsUnderlinesCarryNoSuggestionsButTheRightClickGetsThem() {
        SpellingChecker editor = new SpellingChecker(SpellingDictionary.get(SpellingDictionary.Variant.EN_US),
                WordList.technical(), PersonalDictionary.none(), false);
        Finding f = editor.checkText(Spell.inline("a mesage")).get(0);
        assertThat(f.suggestions()).isEmpty();
        assertThat(editor.suggestions(f.text())).first().isEqualTo("message");
    }

    @Test
    void aReportFullOfUnknownWordsGetsFindingsWithoutSuggestionsPastALimit() {
        SpellingChecker spell = new SpellingChecker(SpellingDictionary.get(SpellingDictionary.Variant.EN_US),
                WordList.technical(), PersonalDictionary.none(), true, 6);
        StringBuilder text = new StringBuilder("recieve recieve ");
        String letters = "bcdfghjklmnpqrstvwxz";
        for (int i = 0; i < 10; i++) {
            text.append("zq").append(letters.charAt(i % 20)).append(letters.charAt(i / 20 % 20)).append("x ");
        }
        List<Finding> found = spell.checkText(Spell.block(text.toString()));
        assertThat(found).hasSize(12);
        assertThat(found.get(1).suggestions()).contains("receive");
        assertThat(found.subList(7, found.size())).allSatisfy(f -> assertThat(f.suggestions()).isEmpty());
        assertThat(spell.notes()).singleElement().satisfies(n -> assertThat(n.message())
                .isEqualTo("suggestions were given for the first 6 different unknown words only"));
        assertThat(SpellingChecker.MAX_SUGGESTED_WORDS).isEqualTo(200);
        assertThat(Spell.us().notes()).isEmpty();
    }
}
