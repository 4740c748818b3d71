package dev.hindsight.check.rules;

import dev.hindsight.check.Checker;
import dev.hindsight.check.blameless.BlamelessChecker;
import dev.hindsight.check.comments.CommentsChecker;
import dev.hindsight.check.completeness.CompletenessCheck;
import dev.hindsight.check.completeness.CompletenessChecker;
import dev.hindsight.check.spelling.SpellingChecker;
import dev.hindsight.check.spelling.SpellingDictionary;
import dev.hindsight.check.spelling.SpellingLanguage;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.EntryKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every rule of {@code hindsight check} and of the editor's review, in the order findings are
 * listed. A rule is a name, a line for {@code --help}, how to make its {@link Checker} for one
 * report, whether it runs when no rule is named, and the options a team's {@code check.json} may
 * give it. To add a rule, add one line here.
 */
public final class Rules {
    private static final Logger LOG = Logger.getLogger(Rules.class.getName());

    /**
     * A rule: its name (as {@code --only} and findings spell it), what it finds, its checker for a
     * report, whether it runs unless turned off, and its options in {@code check.json}.
     */
    public record Rule(String name, String summary, Function<CheckSetup, Checker> factory, boolean onByDefault,
                       List<Option> options) {
        public Rule {
            options = List.copyOf(options);
        }

        /** A rule that runs unless turned off, without options. */
        public Rule(String name, String summary, Function<CheckSetup, Checker> factory) {
            this(name, summary, factory, true, List.of());
        }
    }

    /**
     * An option of a rule in {@code check.json}: a list of strings, from {@code values} when it
     * gives them ({@code null} means any word).
     */
    public record Option(String name, String help, Supplier<Collection<String>> values) {
    }

    static final String SKIP = "skip";
    static final String TIMELINE_KINDS = "timelineKinds";

    private static final List<Rule> ALL = List.of(
            new Rule(CompletenessChecker.RULE, "what a report still lacks: severity, outage window, impact, root "
                    + "cause, resolution, action items with owners, due dates and priorities, a detection event, "
                    + "timeline times and order; open questions (TBD, TODO, ??) in a final report",
                    Rules::completeness, true, List.of(
                            new Option(SKIP, "checks to leave out", CompletenessCheck::codes),
                            new Option(TIMELINE_KINDS, "the kinds of event a timeline must have (default: detection)",
                                    () -> null))),
            new Rule(BlamelessChecker.RULE, "words that blame a person instead of describing what the system allowed",
                    Rules::blameless, true, List.of(new Option(SKIP, "families of phrasings to leave out",
                            BlamelessChecker::familyCodes))),
            new Rule(SpellingChecker.RULE, "words that neither the report's dictionary nor a word list knows",
                    Rules::spelling),
            new Rule(CommentsChecker.RULE, "review comments not yet resolved (off unless chosen or turned on)",
                    s -> new CommentsChecker(), false, List.of()));

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

    /**
     * Loads what {@code rules} (every rule when empty) need whatever the report: the blameless
     * phrases and their matcher, the bundled technical words, and the dictionary of {@code language}
     * (a blank one: US English, what a report that states none is checked in). {@code hindsight
     * check} calls it on a second thread while it reads the first report (a quarter of a
     * {@code check} process, cold); the checkers then find them loaded, or wait for them. A
     * failure here is left for the checker to meet and report.
     */
    public static void preload(Collection<Rule> rules, String language) {
        Set<String> names = new HashSet<>();
        (rules.isEmpty() ? ALL : rules).forEach(r -> names.add(r.name()));
        try {
            if (names.contains(SpellingChecker.RULE) || names.contains(BlamelessChecker.RULE)) {
                WordList.technical();
            }
            if (names.contains(BlamelessChecker.RULE)) {
                new BlamelessChecker(Set.of());
            }
            if (names.contains(SpellingChecker.RULE)) {
                SpellingLanguage.dictionaryFor(language).ifPresent(SpellingDictionary::get);
            }
        } catch (RuntimeException e) {
            // the checker that needs it loads it again and says what went wrong
            LOG.log(Level.FINE, "preloading the check's word lists failed; the checker will load them itself", e);
        }
    }

    private static Checker completeness(CheckSetup setup) {
        CheckSettings.RuleSettings s = setup.settings().rule(CompletenessChecker.RULE);
        Set<CompletenessCheck> skip = new HashSet<>();
        s.option(SKIP).orElse(List.of()).forEach(code -> CompletenessCheck.of(code).ifPresent(skip::add));
        return new CompletenessChecker(skip, s.option(TIMELINE_KINDS).orElse(List.of(EntryKind.DETECTION.code())));
    }

    private static Checker blameless(CheckSetup setup) {
        return new BlamelessChecker(Set.copyOf(setup.settings().rule(BlamelessChecker.RULE).option(SKIP).orElse(List.of())));
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
