package dev.hindsight.check.spelling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Replacements for an unknown word: the dictionary's (morfologik's edit-distance search with the
 * dictionary's common-misspelling pairs) and the word lists' nearest entries, ordered by edit
 * distance (letters swapped count as one edit), ties kept in the dictionary's order of frequency.
 * A capitalised word gets capitalised suggestions ("Teh" → "The").
 */
final class Suggestions {
    static final int MAX = 5;

    private record Candidate(String word, int distance, int rank) {
    }

    private final SpellingDictionary dictionary;

    Suggestions(SpellingDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<String> of(String word, List<WordList> lists, boolean thorough) {
        if (word.isEmpty()) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<Candidate> candidates = new ArrayList<>();
        int rank = 0;
        for (String s : dictionary.replacements(word, thorough)) {
            candidates.add(new Candidate(s, distance(lower, s.toLowerCase(Locale.ROOT)), rank++));
        }
        int limit = word.length() <= 6 ? 1 : 2;
        for (WordList list : lists) {
            for (String entry : list.words()) {
                if (Math.abs(entry.length() - word.length()) <= limit) {
                    int d = distance(lower, entry.toLowerCase(Locale.ROOT));
                    if (d <= limit) {
                        candidates.add(new Candidate(entry, d, rank++));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::rank));
        Set<String> out = new LinkedHashSet<>();
        boolean capitalised = Character.isUpperCase(word.codePointAt(0));
        for (Candidate c : candidates) {
            String s = capitalised ? capitalise(c.word()) : c.word();
            if (!s.equals(word)) {
                out.add(s);
            }
            if (out.size() == MAX) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.codePointAt(0))) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }

    /** Edit distance with adjacent transpositions (optimal string alignment), in UTF-16 units. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
