package dev.hindsight.check.blameless;

import dev.hindsight.check.spelling.WordScanner;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a field's prose as the phrase matcher reads them: the same words the spelling check
 * reads ({@link dev.hindsight.check.ProseText} leaves out code, {@link WordScanner} leaves out URLs, paths and
 * identifiers), lowercase, with their offsets in the field's text, whether they are possessive
 * ({@code Kim's}, {@code engineers'}), capitalised, and whether they start a sentence.
 */
final class ProseTokens {
    /** One word: {@code start}/{@code end} in UTF-16 code units of the field's text, without a possessive ending. */
    record Token(int start, int end, String word, String lower, boolean possessive) {
        /** A capital first letter and a small letter after it: Kim, not SRE, not a. */
        boolean isCapitalized() {
            if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            for (int i = 1; i < word.length(); i++) {
                if (Character.isLowerCase(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String text;
    private final List<Token> tokens;

    private ProseTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static ProseTokens of(TextPlace place) {
        String text = place.text();
        List<WordScanner.Word> words = WordScanner.proseWords(place);
        List<Token> out = new ArrayList<>(words.size());
        for (WordScanner.Word w : words) {
            out.add(new Token(w.start(), w.end(), w.text(), w.text().toLowerCase(Locale.ROOT),
                    isPossessive(text, w.end(), w.text())));
        }
        return new ProseTokens(text, out);
    }

    private static boolean isPossessive(String text, int end, String word) {
        if (end >= text.length() || !isApostrophe(text.charAt(end))) {
            return false;
        }
        int after = end + 1;
        if (after < text.length() && (text.charAt(after) == 's' || text.charAt(after) == 'S')) {
            return after + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(after + 1));
        }
        // engineers' (a plural possessive): the apostrophe closes a word ending in s
        return word.endsWith("s") && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String text() {
        return text;
    }

    /**
     * Whether tokens {@code i} and {@code i + 1} belong to one phrase: nothing but spaces, line breaks,
     * Markdown emphasis or quotes between them (and {@code i}'s possessive ending). A comma, a full
     * stop, a dash or a code span ends a phrase.
     */
    boolean joined(int i) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        int from = a.end();
        if (a.possessive()) {
            from += text.startsWith("s", from + 1) || text.startsWith("S", from + 1) ? 2 : 1;
        }
        for (int k = from; k < b.start(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && "*_~\"\u201c\u201d\u2018\u2019'".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code i} starts a sentence: the first word of the field, of a list item, a
     * heading or a quote, after a blank line, or after a full stop, a question or exclamation mark
     * or a colon. A line break inside a paragraph does not start one (the text may be wrapped).
     */
    boolean startsSentence(int i) {
        int k = tokens.get(i).start() - 1;
        boolean marker = false;
        int newlines = 0;
        while (k >= 0) {
            char c = text.charAt(k);
            if (c == '\n') {
                newlines++;
            } else if ((c == '-' || c == '+' || c == '*' || c == '#' || c == '>' || c == '\u2022') && lineStartsAt(k)) {
                marker = true;
            } else if (!Character.isWhitespace(c) && "*_~\"\u201c\u2018'(".indexOf(c) < 0) {
                break;
            }
            k--;
        }
        if (k < 0 || marker || newlines >= 2) {
            return true;
        }
        return ".!?:".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether only spaces and markers stand between the line's start and {@code k}. */
    private boolean lineStartsAt(int k) {
        for (int j = k - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && "-+*#>".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
