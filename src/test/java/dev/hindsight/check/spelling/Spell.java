package dev.hindsight.check.spelling;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportSection;
import dev.hindsight.model.TextPlace;
import java.util.List;

/** A spelling checker for tests, with the bundled technical words and US English unless told. */
final class Spell {
    private Spell() {
    }

    static SpellingChecker checker(SpellingDictionary.Variant variant, WordList words, PersonalDictionary personal) {
        return new SpellingChecker(SpellingDictionary.get(variant), WordList.technical().plus(words), personal, true);
    }

    static SpellingChecker us() {
        return checker(SpellingDictionary.Variant.EN_US, WordList.EMPTY, PersonalDictionary.none());
    }

    static TextPlace block(String text) {
        return new TextPlace("rootCause", ReportSection.ROOT_CAUSE, TextPlace.Kind.BLOCK_MARKDOWN, "Root Cause", text);
    }

    static TextPlace inline(String text) {
        return new TextPlace("timeline[0].text", ReportSection.TIMELINE, TextPlace.Kind.INLINE_MARKDOWN, "Event 1", text);
    }

    static TextPlace plain(String text) {
        return new TextPlace("title", ReportSection.SUMMARY, TextPlace.Kind.PLAIN, "Title", text);
    }

    /** The words flagged in {@code place}, in order. */
    static List<String> flagged(SpellingChecker checker, TextPlace place) {
        return checker.checkText(place).stream().map(Finding::text).toList();
    }
}
