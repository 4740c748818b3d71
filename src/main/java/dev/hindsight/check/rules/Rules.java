package dev.hindsight.check.rules;

import dev.hindsight.check.Checker;
import dev.hindsight.check.spelling.SpellingChecker;
import dev.hindsight.check.spelling.SpellingDictionary;
import dev.hindsight.check.spelling.SpellingLanguage;
import dev.hindsight.check.spelling.WordList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule of {@code hindsight check} and of the editor's review, in the order findings are
 * listed. A rule is a name, a line for {@code --help}, and how to make its {@link Checker} for one
 * report. To add a rule, add one line here.
 */
public final class Rules {
    /** A rule: its name (as {@code --only} and findings spell it), what it finds, and its checker for a report. */
    public record Rule(String name, String summary, Function<CheckSetup, Checker> factory) {
    }

    private static final List<Rule> ALL = List.of(
            new Rule(SpellingChecker.RULE, "words that neither the report's dictionary nor a word list knows",
                    Rules::spelling));

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The rule names, comma-separated, for messages: {@code completeness, blameless, spelling}. */
    public static String names() {
        return ALL.stream().map(Rule::name).collect(Collectors.joining(", "));
    }

    private static Checker spelling(CheckSetup setup) {
        String language = setup.language();
        Optional<SpellingDictionary.Variant> variant = SpellingLanguage.dictionaryFor(language);
        if (variant.isEmpty()) {
            String why = SpellingLanguage.isWellFormed(language)
                    ? "there is no spelling dictionary for the language \"" + language + "\" (there are: "
                    + Arrays.stream(SpellingDictionary.Variant.values()).map(SpellingDictionary.Variant::tag)
                            .collect(Collectors.joining(", ")) + ")"
                    : "the language \"" + language + "\" is not a language tag such as en-US or en-GB";
            return Checker.notChecked(SpellingChecker.RULE, "spelling not checked: " + why);
        }
        return new SpellingChecker(SpellingDictionary.get(variant.get()), WordList.technical().plus(setup.teamWords()),
                setup.personal(), setup.suggestions());
    }
}
