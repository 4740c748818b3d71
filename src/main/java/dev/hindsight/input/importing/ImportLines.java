package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An import's report as a person reads it, in the window and on the command line alike: identical
 * placements (and notes) said once with how many times ({@code “Timeline” (×50,000) → Timeline}),
 * in the order they first came, and at most {@link #MOST} of each, then how many more were not
 * listed. A document of 50,000 headings, a chat log or a hostile file stays a short report.
 */
public record ImportLines(List<Placement> placements, int morePlacements, List<String> notes, int moreNotes) {
    /** The most lines of placements, and of notes, that are listed. */
    public static final int MOST = 30;

    public ImportLines {
        placements = List.copyOf(placements);
        notes = List.copyOf(notes);
    }

    public static ImportLines of(ImportResult result) {
        List<Placement> placements = said(result.placements(), (p, times) -> new Placement(p.from() + times, p.to()));
        List<String> notes = said(result.notes(), (n, times) -> n + times);
        return new ImportLines(placements.subList(0, Math.min(MOST, placements.size())),
                Math.max(0, placements.size() - MOST), notes.subList(0, Math.min(MOST, notes.size())),
                Math.max(0, notes.size() - MOST));
    }

    /** The line after the listed ones: {@code … and 49,970 more}. */
    public static String more(int count) {
        return String.format(Locale.ROOT, "\u2026 and %,d more", count);
    }

    /** Each distinct line once, in the order it first came, with " (×N)" added where it came N > 1 times. */
    private static <T> List<T> said(List<T> all, BiFunction<T, String, T> withTimes) {
        Map<T, Integer> times = new LinkedHashMap<>();
        for (T line : all) {
            times.merge(line, 1, Integer::sum);
        }
        List<T> out = new ArrayList<>(times.size());
        times.forEach((line, n) -> out.add(n == 1 ? line
                : withTimes.apply(line, String.format(Locale.ROOT, " (\u00D7%,d)", n))));
        return out;
    }
}
