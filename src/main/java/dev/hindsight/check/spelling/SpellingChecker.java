package dev.hindsight.check.spelling;

import dev.hindsight.check.CheckNote;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.check.ProseChecker;
import dev.hindsight.check.ProseText;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code spelling} rule: words of prose fields that neither the report's dictionary nor a word
 * list knows, each a finding on exactly that word with up to {@link Suggestions#MAX} suggestions.
 * Which words are read at all is {@link ProseText}'s, {@link WordScanner}'s and {@link WordShapes}'
 * business. A hyphenated word the lists do not know is accepted when each of its parts is a word
 * ({@code self-healing}); otherwise each unknown part is a finding of its own. Thread-safe.
 */
public final class SpellingChecker implements ProseChecker {
    public static final String RULE = "spelling";

    private final SpellingDictionary dictionary;
    private final WordList words;
    private final PersonalDictionary personal;
    private final boolean suggest;
    private final Suggestions suggestions;
    /** Verdicts on words seen, valid for one revision of the personal dictionary. */
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
    private volatile long verdictsRevision;
    private static final int MAX_VERDICTS = 200_000;
    /**
     * Findings get suggestions for this many different unknown words per checker (each costs 5–70 ms):
     * a report in the wrong language, or a hostile one, gets findings quickly rather than after an hour.
     */
    static final int MAX_SUGGESTED_WORDS = 200;
    private final int maxSuggestedWords;
    private final Set<String> suggested = ConcurrentHashMap.newKeySet();
    private volatile boolean suggestionsCut;

    /**
     * A checker with {@code dictionary}, the words of {@code words} (technical and team lists) and
     * of {@code personal} (read anew at each check, so a word added shows at once). Without
     * {@code suggest}, findings carry no suggestions and {@link #suggestions(String)} gives them
     * on demand: the editor's underlines do not pay for suggestions nobody asked for.
     */
    public SpellingChecker(SpellingDictionary dictionary, WordList words, PersonalDictionary personal, boolean suggest) {
        this(dictionary, words, personal, suggest, MAX_SUGGESTED_WORDS);
    }

    SpellingChecker(SpellingDictionary dictionary, WordList words, PersonalDictionary personal, boolean suggest,
                    int maxSuggestedWords) {
        this.maxSuggestedWords = maxSuggestedWords;
        this.dictionary = dictionary;
        this.words = words;
        this.personal = personal;
        this.suggest = suggest;
        this.suggestions = new Suggestions(dictionary);
    }

    @Override
    public String rule() {
        return RULE;
    }

    /** The language tag of the dictionary used: {@code en-US}. */
    public String language() {
        return dictionary.variant().tag();
    }

    @Override
    public long revision() {
        return personal.revision();
    }

    @Override
    public List<Finding> checkText(TextPlace place) {
        String text = place.text();
        List<Finding> out = new ArrayList<>();
        long revision = personal.revision();
        if (revision != verdictsRevision) {
            verdicts.clear();
            verdictsRevision = revision;
        }
        WordList mine = personal.words();
        for (WordScanner.Word w : WordScanner.proseWords(place)) {
            if (isRight(w.text(), mine)) {
                continue;
            }
            if (w.text().indexOf('-') > 0) {
                checkParts(place, w, mine, out);
            } else {
                out.add(finding(place, w.start(), w.end(), w.text(), mine));
            }
        }
        return out;
    }

    private void checkParts(TextPlace place, WordScanner.Word w, WordList mine, List<Finding> out) {
        int partStart = 0;
        String word = w.text();
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-') {
                String part = word.substring(partStart, i);
                if (!part.isEmpty() && !WordShapes.isNotProse(part) && !isKnown(part, mine)) {
                    out.add(finding(place, w.start() + partStart, w.start() + i, part, mine));
                }
                partStart = i + 1;
            }
        }
    }

    /** Whether a word needs no finding: not prose, or known; remembered per word. */
    private boolean isRight(String word, WordList mine) {
        Boolean v = verdicts.get(word);
        if (v == null) {
            v = WordShapes.isNotProse(word) || isKnown(word, mine);
            if (verdicts.size() < MAX_VERDICTS) {
                verdicts.put(word, v);
            }
        }
        return v;
    }

    /** Whether {@code word} is right: in the dictionary, on a word list or in the personal dictionary. */
    public boolean isKnown(String word) {
        String w = WordList.normalize(word);
        return !w.isEmpty() && (WordShapes.isNotProse(w) || isKnown(w, personal.words()));
    }

    private boolean isKnown(String word, WordList mine) {
        return dictionary.isWord(word) || words.accepts(word) || mine.accepts(word);
    }

    private Finding finding(TextPlace place, int start, int end, String word, WordList mine) {
        List<String> offered = List.of();
        if (suggest && (suggested.contains(word) || suggested.size() < maxSuggestedWords)) {
            suggested.add(word);
            offered = suggestions.of(word, List.of(words, mine), false);
        } else if (suggest) {
            suggestionsCut = true;
        }
        return Finding.inText(RULE, FindingSeverity.WARNING, place.path(), place.text(), start, end,
                "\"" + word + "\" is not in the " + language() + " dictionary", offered);
    }

    @Override
    public List<CheckNote> notes() {
        return suggestionsCut ? List.of(new CheckNote(RULE, String.format(Locale.ROOT, "suggestions were given for "
                + "the first %d different unknown words only", maxSuggestedWords))) : List.of();
    }

    /**
     * Up to five replacements for {@code word}, best first, in its case ("Teh" gives "The" first): for
     * a right-click, so this looks further than the suggestions in findings (two edits away when one
     * finds nothing).
     */
    public List<String> suggestions(String word) {
        return suggestions.of(WordList.normalize(word), List.of(words, personal.words()), true);
    }
}
