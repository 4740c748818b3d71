package dev.hindsight.check.blameless;

import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.check.ProseChecker;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    private final PhraseMatcher matcher;

    /** The bundled phrases, without the families whose codes are in {@code skippedFamilies}. */
    public BlamelessChecker(Set<String> skippedFamilies) {
        this(PhraseList.bundled(), skippedFamilies);
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
