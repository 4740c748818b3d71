package dev.hindsight.ui.writing;

import dev.hindsight.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The styles of a field's text from its marks: an underline from the findings and a background
 * from the highlights, which may overlap (a misspelt word inside a find match shows both). Where
 * marks of one layer overlap, the one listed later wins (so "find-current" listed after "find").
 * Marks outside the text are cut to it; the result always covers exactly {@code length} characters.
 */
final class MarkSpans {
    private record Edge(int at, boolean opens, int order, boolean underline, String css) {
    }

    private MarkSpans() {
    }

    static StyleSpans<String> of(int length, List<Finding> findings, List<Highlight> highlights) {
        List<Edge> edges = new ArrayList<>();
        int order = 0;
        for (Finding f : findings) {
            add(edges, length, f.start(), f.end(), order++, true, MarkLooks.finding(f.rule()));
        }
        for (Highlight h : highlights) {
            add(edges, length, h.start(), h.end(), order++, false, MarkLooks.highlight(h.kind()));
        }
        edges.sort((a, b) -> a.at != b.at ? Integer.compare(a.at, b.at) : Boolean.compare(a.opens, b.opens));
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        TreeMap<Integer, String> under = new TreeMap<>();
        TreeMap<Integer, String> back = new TreeMap<>();
        int at = 0;
        int i = 0;
        while (i < edges.size()) {
            int next = edges.get(i).at;
            if (next > at) {
                spans.add(style(under, back), next - at);
                at = next;
            }
            while (i < edges.size() && edges.get(i).at == next) {
                Edge e = edges.get(i++);
                TreeMap<Integer, String> layer = e.underline ? under : back;
                if (e.opens) {
                    layer.put(e.order, e.css);
                } else {
                    layer.remove(e.order);
                }
            }
        }
        spans.add("", Math.max(0, length - at));
        return spans.create();
    }

    private static void add(List<Edge> edges, int length, int start, int end, int order, boolean underline,
                            String css) {
        int from = Math.min(Math.max(0, start), length);
        int to = Math.min(end, length);
        if (to > from) {
            edges.add(new Edge(from, true, order, underline, css));
            edges.add(new Edge(to, false, order, underline, css));
        }
    }

    private static String style(TreeMap<Integer, String> under, TreeMap<Integer, String> back) {
        String u = under.isEmpty() ? "" : under.lastEntry().getValue();
        String b = back.isEmpty() ? "" : back.lastEntry().getValue();
        return u.isEmpty() ? b : b.isEmpty() ? u : u + " " + b;
    }
}
