package dev.hindsight.check.spelling;

import dev.hindsight.check.ProseText;
import dev.hindsight.model.TextPlace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts prose into the words a spelling check reads, leaving out what is clearly not prose. A
 * whitespace-separated chunk is skipped whole when it is a URL ({@code https://…}, {@code www.…}),
 * an e-mail address, a path ({@code /var/log}, {@code ~/x}, {@code C:\x}, {@code a/b/c},
 * {@code conf/app.yaml}), a hashtag or @mention, an HTML entity, a command-line flag
 * ({@code --force}), an assignment ({@code key=value}) or a call ({@code fsync()}). Other chunks
 * are cut into words at anything that is not a letter, digit, apostrophe, hyphen, underscore or
 * dot; a word with an inner dot ({@code e.g.}, {@code config.yaml}, {@code v1.2}) is skipped, as
 * are those {@link WordShapes} calls not prose. Quotes around a word are dropped, and a possessive
 * ({@code engineer's}, {@code engineers'}) is checked without its ending. The blameless-language
 * rule reads the same words, so both rules skip the same URLs, paths and identifiers.
 */
public final class WordScanner {
    /** A word to check: {@code text} is {@code field.substring(start, end)} with typographic apostrophes made plain. */
    public record Word(int start, int end, String text) {
    }

    private WordScanner() {
    }

    /** The last field a thread read, and its words: each prose rule reads the same field in turn. */
    private static final class Last {
        String text;
        TextPlace.Kind kind;
        List<Word> words;
    }

    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    /**
     * The words of a field's prose: those of each stretch {@link ProseText} finds, in order. The last
     * field read on this thread is remembered (by the identity of its text), so the spelling and the
     * blameless rules, which read a field one after the other, parse and scan it once.
     */
    public static List<Word> proseWords(TextPlace place) {
        Last last = LAST.get();
        if (last.text == place.text() && last.kind == place.kind()) {
            return last.words;
        }
        List<Word> out = new ArrayList<>();
        for (ProseText.Span span : ProseText.spans(place)) {
            out.addAll(words(place.text(), span.start(), span.end()));
        }
        List<Word> words = Collections.unmodifiableList(out);
        last.text = place.text();
        last.kind = place.kind();
        last.words = words;
        return words;
    }

    /** The words of {@code text[from, to)}. */
    public static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                chunk(text, start, i, out);
            }
        }
        return out;
    }

    private static void chunk(String text, int start, int end, List<Word> out) {
        if (isLetters(text, start, end)) {
            out.add(new Word(start, end, text.substring(start, end)));
            return;
        }
        int s = start;
        int e = end;
        while (s < e && isOuterPunctuation(text.charAt(s))) {
            s++;
        }
        while (e > s && isOuterPunctuation(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e || ((s != start || e != end) && isNotProse(text.substring(start, end)))
                || isNotProse(text.substring(s, e))) {
            return;
        }
        int i = s;
        while (i < e) {
            while (i < e && !isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int ws = i;
            while (i < e && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > ws) {
                word(text, ws, i, out);
            }
        }
    }

    private static void word(String text, int start, int end, List<Word> out) {
        int s = start;
        int e = end;
        while (s < e && (isApostrophe(text.charAt(s)) || text.charAt(s) == '-' || text.charAt(s) == '.')) {
            s++;
        }
        // A trailing apostrophe closes a quotation or a plural possessive (engineers'): either way not the word's.
        while (e > s && (text.charAt(e - 1) == '-' || text.charAt(e - 1) == '.' || isApostrophe(text.charAt(e - 1)))) {
            e--;
        }
        if (e - s >= 3 && isApostrophe(text.charAt(e - 2)) && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
            e -= 2;
        }
        if (e <= s || text.substring(s, e).indexOf('.') >= 0) {
            return;
        }
        out.add(new Word(s, e, text.substring(s, e).replace('\u2019', '\'')));
    }

    /** The common case, a plain word: nothing to trim, split or skip. */
    private static boolean isLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '\'' || cp == '\u2019'
                || cp == '-' || cp == '_' || cp == '.';
    }

    private static boolean isOuterPunctuation(char c) {
        return "()[]{}<>\"\u201c\u201d\u2018\u00ab\u00bb,;:!?.\u2026*_~`|".indexOf(c) >= 0;
    }

    /** Chunks that are names of things rather than words: see the class comment. */
    static boolean isNotProse(String chunk) {
        if (chunk.contains("://") || chunk.regionMatches(true, 0, "www.", 0, 4)
                || chunk.regionMatches(true, 0, "mailto:", 0, 7)) {
            return true;
        }
        char first = chunk.charAt(0);
        if (first == '#' || first == '@' || first == '$' || first == '%') {
            return chunk.length() > 1;
        }
        int at = chunk.indexOf('@');
        if (at > 0 && at < chunk.length() - 1) {
            return true;
        }
        if (first == '&' && chunk.endsWith(";")) {
            return true;
        }
        if (chunk.startsWith("--") || (first == '-' && chunk.length() > 1 && Character.isLetter(chunk.charAt(1)))) {
            return true;
        }
        if (chunk.indexOf('=') >= 0 || chunk.contains("()") || chunk.indexOf("::") >= 0 && chunk.indexOf("::") < chunk.length() - 2) {
            return true;
        }
        return isPath(chunk);
    }

    private static boolean isPath(String chunk) {
        char first = chunk.charAt(0);
        int backslash = chunk.indexOf('\\');
        if (backslash >= 0 && (chunk.startsWith("\\\\") || (chunk.length() > 2 && chunk.charAt(1) == ':')
                || (backslash + 1 < chunk.length() && Character.isLetterOrDigit(chunk.charAt(backslash + 1))))) {
            return true;
        }
        int slash = chunk.indexOf('/');
        if (slash < 0) {
            return false;
        }
        if (first == '/' || first == '~' || first == '.') {
            return true;
        }
        if (chunk.indexOf('/', slash + 1) >= 0) {
            return true;
        }
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '.' || c == '_' || c == ':' || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
