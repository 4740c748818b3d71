package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.CheckNote;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.model.Report;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's language chooses the dictionary, never the machine's locale. */
class LanguagesTest {
    private static final Report COLOUR = Report.blank().withRootCause("The colour of the color behaviour behavior.");

    private static CheckSession session(String language) {
        return CheckSession.open(java.util.List.of(Rules.named("spelling").orElseThrow()),
                CheckSetup.commandLine(language, WordList.EMPTY, CheckConfig.none()));
    }

    @Test
    void britishAndAmericanSpellingFollowTheReportsLanguage() {
        assertThat(session("en-GB").check(COLOUR)).extracting(Finding::text).containsExactly("color", "behavior");
        assertThat(session("en-US").check(COLOUR)).extracting(Finding::text).containsExactly("colour", "behaviour");
        assertThat(session("en-GB").check(COLOUR).get(0).message()).isEqualTo("\"color\" is not in the en-GB dictionary");
    }

    @Test
    void aReportWithoutALanguageIsUsEnglishWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            assertThat(session("").check(COLOUR)).extracting(Finding::text).containsExactly("colour", "behaviour");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void tagsMapToTheirDictionary() {
        assertThat(SpellingLanguage.dictionaryFor("")).contains(SpellingDictionary.Variant.EN_US);
        assertThat(SpellingLanguage.dictionaryFor("en")).contains(SpellingDictionary.Variant.EN_US);
        assertThat(SpellingLanguage.dictionaryFor("en_GB")).contains(SpellingDictionary.Variant.EN_GB);
        assertThat(SpellingLanguage.dictionaryFor("EN-au")).contains(SpellingDictionary.Variant.EN_AU);
        assertThat(SpellingLanguage.dictionaryFor("en-CA")).contains(SpellingDictionary.Variant.EN_CA);
        assertThat(SpellingLanguage.dictionaryFor("en-NZ")).contains(SpellingDictionary.Variant.EN_NZ);
        assertThat(SpellingLanguage.dictionaryFor("en-ZA")).contains(SpellingDictionary.Variant.EN_ZA);
        assertThat(SpellingLanguage.dictionaryFor("en-IE")).contains(SpellingDictionary.Variant.EN_GB);
        assertThat(SpellingLanguage.dictionaryFor("en-IN")).contains(SpellingDictionary.Variant.EN_GB);
        assertThat(SpellingLanguage.dictionaryFor("en-PH")).contains(SpellingDictionary.Variant.EN_US);
        assertThat(SpellingLanguage.dictionaryFor("de-DE")).isEmpty();
        assertThat(SpellingLanguage.dictionaryFor("not a tag")).isEmpty();
    }

    @Test
    void aLanguageWithoutADictionaryIsNotCheckedAndSaysSo() {
        Report german = COLOUR.withLanguage("de");
        CheckSession s = session(german.language());
        assertThat(s.check(german)).isEmpty();
        assertThat(s.notes()).extracting(CheckNote::message).containsExactly("spelling not checked: there is no "
                + "spelling dictionary for the language \"de\" (there are: en-US, en-GB, en-AU, en-CA, en-NZ, en-ZA)");
        assertThat(session("en-").notes()).extracting(CheckNote::message).containsExactly(
                "spelling not checked: the language \"en-\" is not a language tag such as en-US or en-GB");
        assertThat(session("en-GB").notes()).isEmpty();
    }

    @Test
    void eachDictionaryLoadsOnceAndSaysHowLong() {
        SpellingDictionary a = SpellingDictionary.get(SpellingDictionary.Variant.EN_NZ);
        assertThat(SpellingDictionary.isLoaded(SpellingDictionary.Variant.EN_NZ)).isTrue();
        assertThat(SpellingDictionary.get(SpellingDictionary.Variant.EN_NZ)).isSameAs(a);
        assertThat(a.loadMillis()).isGreaterThanOrEqualTo(0);
        assertThat(a.isWord("colour")).isTrue();
    }
}
