package dev.hindsight.library;

import java.io.IOException;
import java.text.BreakIterator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text search over a library's index, as the user types: words must all occur (in the title
 * or the text, the title counting double), the last word of two letters or more is taken as a
 * prefix until a space follows it (not in Chinese, Japanese or Korean, searched by pairs of characters),
 * {@code "quoted words"} are a phrase, {@code -word} excludes and {@code a | b} is either.
 * Nothing typed is ever an error: the simple query syntax takes any text.
 */
final class LibrarySearch {
    private static final String ELLIPSIS = " \u2026 ";
    /** About how long a passage is, in characters: a line of the table. */
    private static final int PASSAGE = 120;

    private LibrarySearch() {
    }

    static Query parse(String typed) {
        SimpleQueryParser parser = new SimpleQueryParser(new LibraryAnalyzer(),
                Map.of(ReportIndex.TITLE, 2f, ReportIndex.BODY, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(asYouType(typed));
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /** The typed text with its last word made a prefix, unless a space, a quote or an operator ends it. */
    static String asYouType(String typed) {
        String text = typed.strip();
        if (text.isEmpty() || !typed.equals(typed.stripTrailing())) {
            return text;
        }
        long quotes = text.chars().filter(c -> c == '"').count();
        int last = text.codePointBefore(text.length());
        int start = text.length();
        while (start > 0 && Character.isLetterOrDigit(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        // One letter would stand for thousands of words: a prefix starts at two.
        boolean word = text.codePointCount(start, text.length()) >= 2;
        return quotes % 2 == 0 && word && !isCjk(last) ? text + "*" : text;
    }

    /** Chinese, Japanese and Korean are indexed as pairs of characters, which a prefix would never match. */
    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    static SearchResult run(IndexSearcher searcher, String typed, int withSnippets) throws IOException {
        long start = System.nanoTime();
        Query query = parse(typed);
        int max = Math.max(1, searcher.getIndexReader().maxDoc());
        TopDocs top = searcher.search(query, max);
        ScoreDoc[] hits = top.scoreDocs;
        String[] keys = keys(searcher, hits);
        Map<String, Snippet> snippets = new HashMap<>();
        int n = Math.min(withSnippets, hits.length);
        if (n > 0) {
            int[] docs = new int[n];
            for (int i = 0; i < n; i++) {
                docs[i] = hits[i].doc;
            }
            Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, new LibraryAnalyzer())
                    .withFormatter(new SnippetFormatter()).withMaxLength(1_000_000)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.ROOT), PASSAGE, 0.5f)));
            Map<String, Object[]> passages = highlighter.objects(
                    new String[] {ReportIndex.BODY, ReportIndex.TITLE}, query, docs, new int[] {1, 1});
            for (int i = 0; i < n; i++) {
                Snippet body = (Snippet) passages.get(ReportIndex.BODY)[i];
                Snippet title = (Snippet) passages.get(ReportIndex.TITLE)[i];
                Snippet best = body != null && !body.marks().isEmpty() ? body : title;
                if (best != null && keys[i] != null) {
                    snippets.put(keys[i], best);
                }
            }
        }
        List<String> found = new ArrayList<>(keys.length);
        for (String key : keys) {
            if (key != null) {
                found.add(key);
            }
        }
        return new SearchResult(typed, found, snippets, (System.nanoTime() - start) / 1e6);
    }

    /** The keys of the hits, read from their doc values in document order (never from the stored text). */
    private static String[] keys(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        String[] keys = new String[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int i : order) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getBinaryDocValues(ReportIndex.PATH);
            }
            int local = doc - leaves.get(leaf).docBase;
            if (values != null && values.advanceExact(local)) {
                BytesRef b = values.binaryValue();
                keys[i] = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
            }
        }
        return keys;
    }

    /** The highlighter, for its passages as objects rather than strings. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }

    /**
     * Passages as {@link Snippet}s: the text, joined by an ellipsis, each run of spaces and line
     * breaks made one space (the parts of a report are apart on lines of their own), and where
     * the found words are in it.
     */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Snippet.Mark> marks = new ArrayList<>();
            for (Passage p : passages) {
                if (text.length() > 0) {
                    text.append(ELLIPSIS);
                }
                int[] at = new int[p.getEndOffset() - p.getStartOffset() + 1];
                for (int i = p.getStartOffset(); i < p.getEndOffset(); i++) {
                    at[i - p.getStartOffset()] = text.length();
                    char c = content.charAt(i);
                    boolean space = Character.isWhitespace(c);
                    if (!space) {
                        text.append(c);
                    } else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                }
                at[at.length - 1] = text.length();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int s = Math.max(p.getMatchStarts()[i], p.getStartOffset()) - p.getStartOffset();
                    int e = Math.min(p.getMatchEnds()[i], p.getEndOffset()) - p.getStartOffset();
                    if (e > s) {
                        marks.add(new Snippet.Mark(at[s], at[e]));
                    }
                }
            }
            return new Snippet(text.toString().strip().isEmpty() ? "" : text.toString(), marks);
        }
    }
}
