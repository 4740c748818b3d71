package dev.hindsight.check.blameless;

import dev.hindsight.check.spelling.WordList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the phrases of a {@link PhraseList} in a field's words: a tree of phrases by their words
 * (one look-up per word of the text, whatever the number of phrases), leftmost and longest match
 * first, matches never overlapping, and a match that lies in one of the list's exceptions
 * ("dumb pipe") dropped. Immutable and thread-safe once built.
 */
final class PhraseMatcher {
    /** A phrase found: tokens {@code first} to {@code last} (inclusive) of the field. */
    record Match(Phrase phrase, int first, int last) {
    }

    /** Words that are capitalised for another reason than being a name. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it",
            "its", "we", "our", "us", "they", "their", "them", "he", "she", "his", "her", "i", "you", "your", "and",
            "but", "or", "if", "when", "while", "after", "before", "because", "since", "as", "at", "in", "on", "to",
            "then", "there", "here", "once", "during", "later", "also", "however", "so", "unfortunately", "finally",
            "initially", "meanwhile", "eventually", "no", "not", "nobody", "everyone", "all", "some", "each", "every",
            "both", "neither", "none", "one", "two", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "what", "why", "how", "who", "which", "where", "for",
            "by", "from", "with", "without", "of", "is", "was", "were", "be", "been", "had", "has", "have", "did",
            "do", "does", "would", "could", "should", "will", "can", "might", "must", "yes", "ok", "okay",
            "customers", "users", "engineering", "support", "operations", "security", "production", "staging");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
    private static final Set<String> SELF = Set.of("i", "we");

    private static final class Node {
        final Map<String, Node> words = new HashMap<>(4);
        final Map<Slot, Node> slots = new EnumMap<>(Slot.class);
        Phrase end;
        boolean exception;

        Node next(String word) {
            return Slot.of(word).map(s -> slots.computeIfAbsent(s, k -> new Node()))
                    .orElseGet(() -> words.computeIfAbsent(word, k -> new Node()));
        }
    }

    private final Node phrases = new Node();
    private final Node exceptions = new Node();
    private final Set<String> roles;
    private final WordList technical;

    PhraseMatcher(PhraseList list, Set<String> skippedFamilies, WordList technical) {
        this.roles = list.roles();
        this.technical = technical;
        for (Phrase p : list.phrases()) {
            if (skippedFamilies.contains(p.family().code())) {
                continue;
            }
            Node n = phrases;
            for (String w : p.words()) {
                n = n.next(w);
            }
            if (n.end == null) {
                n.end = p;
            }
        }
        for (List<String> e : list.exceptions()) {
            Node n = exceptions;
            for (String w : e) {
                n = n.next(w);
            }
            n.exception = true;
        }
    }

    /** The phrases in {@code tokens}, in order. */
    List<Match> find(ProseTokens tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int[] best = {-1};
            Phrase[] found = {null};
            walk(phrases, tokens, i, i, best, found, false);
            if (found[0] != null && !excepted(tokens, i, best[0])) {
                out.add(new Match(found[0], i, best[0]));
                i = best[0] + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Follows the tree from {@code node} at token {@code j}; the longest phrase ending so far is kept in {@code best}. */
    private void walk(Node node, ProseTokens tokens, int start, int j, int[] best, Phrase[] found, boolean exception) {
        if (j > start && (exception ? node.exception : node.end != null) && j - 1 > best[0]) {
            best[0] = j - 1;
            found[0] = node.end;
        }
        if (j >= tokens.size() || (j > start && !tokens.joined(j - 1))) {
            return;
        }
        ProseTokens.Token t = tokens.get(j);
        // A possessive word matches a pattern word written with its ending ("beginner's") or without it.
        Node owned = t.possessive() ? node.words.get(t.lower() + "'s") : null;
        if (owned != null) {
            walk(owned, tokens, start, j + 1, best, found, exception);
        }
        Node next = node.words.get(t.lower());
        if (next != null) {
            walk(next, tokens, start, j + 1, best, found, exception);
        }
        for (Map.Entry<Slot, Node> slot : node.slots.entrySet()) {
            if (fits(slot.getKey(), tokens, j)) {
                walk(slot.getValue(), tokens, start, j + 1, best, found, exception);
            }
        }
    }

    /** Whether an exception phrase covers any token of {@code first..last}. */
    private boolean excepted(ProseTokens tokens, int first, int last) {
        for (int s = Math.max(0, first - 6); s <= last; s++) {
            int[] end = {-1};
            walk(exceptions, tokens, s, s, end, new Phrase[1], true);
            if (end[0] >= first) {
                return true;
            }
        }
        return false;
    }

    private boolean fits(Slot slot, ProseTokens tokens, int j) {
        ProseTokens.Token t = tokens.get(j);
        switch (slot) {
            case ROLE:
                return !t.possessive() && roles.contains(t.lower());
            case PERSON:
                return !t.possessive() && (roles.contains(t.lower()) || isName(tokens, j, false));
            case ANYONE:
                return !t.possessive() && (roles.contains(t.lower()) || SELF.contains(t.lower()) || isName(tokens, j, true));
            case POSSESSIVE:
                return POSSESSIVE_PRONOUNS.contains(t.lower())
                        || t.possessive() && (roles.contains(t.lower()) || isName(tokens, j, true));
            default:
                throw new IllegalStateException(slot.name());
        }
    }

    /**
     * Whether token {@code j} reads as a person's name: capitalised, not a word that is capitalised
     * for another reason, not a technical name (Redis, Terraform), not part of a longer capitalised
     * name (Service Control), and, unless {@code anywhere}, not the first word of a sentence.
     */
    private boolean isName(ProseTokens tokens, int j, boolean anywhere) {
        ProseTokens.Token t = tokens.get(j);
        if (!t.isCapitalized() || NOT_NAMES.contains(t.lower()) || roles.contains(t.lower())) {
            return false;
        }
        if (j > 0 && tokens.joined(j - 1) && tokens.get(j - 1).isCapitalized()
                && !NOT_NAMES.contains(tokens.get(j - 1).lower())) {
            return false;
        }
        if (!anywhere && tokens.startsSentence(j)) {
            return false;
        }
        return !technical.accepts(t.word());
    }
}
