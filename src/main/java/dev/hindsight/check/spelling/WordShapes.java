package dev.hindsight.check.spelling;

/**
 * Shapes of words that are names, codes or numbers rather than prose, which a spelling check
 * leaves alone: anything with a digit ({@code p50}, {@code 4xx}, {@code 500ms}, {@code 10GB},
 * {@code 3x}, {@code v2}, hexadecimal with a digit) or an underscore ({@code max_connections}),
 * inner capitals ({@code PagerDuty}, {@code gRPC}, {@code iOS}), all capitals, with or without a
 * plural {@code s} ({@code SLA}, {@code OOM}, {@code APIs}), letters of a script other than Latin
 * (a Japanese or Cyrillic name in an English report), single letters, and words longer than a
 * dictionary could hold.
 */
final class WordShapes {
    static final int MAX_LENGTH = 40;

    private WordShapes() {
    }

    static boolean isNotProse(String word) {
        int length = word.length();
        if (length < 2 || length > MAX_LENGTH) {
            return true;
        }
        int letters = 0;
        int capitals = 0;
        boolean innerCapital = false;
        boolean afterLetter = false;
        for (int i = 0; i < length; ) {
            int cp = word.codePointAt(i);
            if (Character.isDigit(cp) || cp == '_') {
                return true;
            }
            if (Character.isLetter(cp)) {
                if (cp >= 0x80 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return true;
                }
                letters++;
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    capitals++;
                    innerCapital |= afterLetter;
                }
                afterLetter = true;
            } else {
                afterLetter = false;
            }
            i += Character.charCount(cp);
        }
        if (letters < 2) {
            return true;
        }
        return isCapitals(word, letters, capitals) || innerCapital;
    }

    /** {@code SLA}, {@code APIs}: every letter a capital, or all but a final plural {@code s}. */
    private static boolean isCapitals(String word, int letters, int capitals) {
        return capitals == letters || (capitals == letters - 1 && capitals >= 2 && word.endsWith("s"));
    }
}
