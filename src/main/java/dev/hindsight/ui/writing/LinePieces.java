package dev.hindsight.ui.writing;

import dev.hindsight.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A formatted line's runs cut where its marks start and end, so that each stretch of text under a
 * finding or behind a highlight is a piece of its own. Marks count in the field's source; a run
 * whose characters do not stand one for one in the source ({@code sourceStart} -1) is not cut.
 */
final class LinePieces {
    /** A piece of a run: its text, the rule of the finding under it and the kind of highlight behind it (null: none). */
    record Piece(String text, InlineRuns.Run run, String rule, String highlight) {
        boolean link() {
            return run.link() != null;
        }
    }

    private LinePieces() {
    }

    static List<Piece> of(List<InlineRuns.Run> runs, List<Finding> findings, List<Highlight> highlights) {
        List<Piece> out = new ArrayList<>();
        for (InlineRuns.Run run : runs) {
            cut(run, findings, highlights, out);
        }
        return out;
    }

    private static void cut(InlineRuns.Run run, List<Finding> findings, List<Highlight> highlights, List<Piece> out) {
        String text = run.text();
        int s = run.sourceStart();
        if (s < 0 || (findings.isEmpty() && highlights.isEmpty())) {
            add(out, text, run, null, null);
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        findings.forEach(f -> addCuts(cuts, f.start() - s, f.end() - s, text));
        highlights.forEach(h -> addCuts(cuts, h.start() - s, h.end() - s, text));
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            add(out, text.substring(from, to), run, rule(findings, from + s, to + s), highlight(highlights, from + s, to + s));
        }
    }

    private static void addCuts(TreeSet<Integer> cuts, int start, int end, String text) {
        if (end > 0 && start < text.length() && end > start) {
            cuts.add(inside(Math.max(start, 0), text));
            cuts.add(inside(Math.min(end, text.length()), text));
        }
    }

    /** {@code at}, moved back off the middle of a surrogate pair. */
    private static int inside(int at, String text) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    /** The rule of the first finding covering source offsets {@code from..to}. */
    private static String rule(List<Finding> findings, int from, int to) {
        for (Finding f : findings) {
            if (f.start() <= from && f.end() >= to) {
                return f.rule();
            }
        }
        return null;
    }

    /** The kind of the highlight covering {@code from..to} that shows on top: the current find, a find, then others. */
    private static String highlight(List<Highlight> highlights, int from, int to) {
        String shown = null;
        for (Highlight h : highlights) {
            if (h.start() <= from && h.end() >= to && (shown == null || rank(h.kind()) > rank(shown))) {
                shown = h.kind();
            }
        }
        return shown;
    }

    private static int rank(String kind) {
        return switch (kind) {
            case "find-current" -> 2;
            case "find" -> 1;
            default -> 0;
        };
    }

    private static void add(List<Piece> out, String text, InlineRuns.Run run, String rule, String highlight) {
        if (!text.isEmpty()) {
            out.add(new Piece(text, run, rule, highlight));
        }
    }
}
