package dev.hindsight.check.blameless;

import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.check.ProseChecker;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code blameless} rule: words and phrasings that blame a person instead of describing what
 * the system allowed, in every prose field, from the bundled {@link PhraseList} (families such as
 * "human error", hindsight counterfactuals, a person as the cause). Each finding is on exactly the
 * flagged words, with its family's title and why in the message and a system-focused way to say it
 * as its suggestion (advice, not a replacement text). Matching is on whole words, any case, over the
 * prose the spelling rule reads (no code, URLs or paths). Thread-safe.
 */
public final class BlamelessChecker implements ProseChecker {
    public static final String RULE = "blameless";

    /**
     * The matchers of the bundled phrases built so far, by skipped families: building one takes
     * tens of milliseconds, and every report of a {@code check} (and every review session) asks
     * for one, nearly always with the same families skipped. Few sets ever occur; cleared past 16.
     */
    private static final Map<Set<String>, PhraseMatcher> BUNDLED = new ConcurrentHashMap<>();

    private final PhraseMatcher matcher;

    /** The bundled phrases, without the families whose codes are in {@code skippedFamilies}. */
    public BlamelessChecker(Set<String> skippedFamilies) {
        if (BUNDLED.size() > 16) {
            BUNDLED.clear();
        }
        this.matcher = BUNDLED.computeIfAbsent(Set.copyOf(skippedFamilies),
                skip -> new PhraseMatcher(PhraseList.bundled(), skip, WordList.technical()));
    }

    BlamelessChecker(PhraseList list, Set<String> skippedFamilies) {
        this.matcher = new PhraseMatcher(list, skippedFamilies, WordList.technical());
    }

    /** The codes of the bundled families, for settings ({@code "skip": ["minimizing"]}) and help. */
    public static List<String> familyCodes() {
        return PhraseList.bundled().families().stream().map(Family::code).toList();
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> checkText(TextPlace place) {
        if (place.text().isBlank()) {
            return List.of();
        }
        ProseTokens tokens = ProseTokens.of(place);
        List<Finding> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matcher.find(tokens)) {
            Phrase p = m.phrase();
            out.add(Finding.inText(RULE, FindingSeverity.WARNING, place.path(), place.text(),
                    tokens.get(m.first()).start(), tokens.get(m.last()).end(), p.family().title() + ": " + p.why(),
                    List.of(p.instead())));
        }
        return out;
    }
}
