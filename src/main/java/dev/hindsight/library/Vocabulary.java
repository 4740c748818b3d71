package dev.hindsight.library;

import dev.hindsight.model.ContributingFactor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The words a library's reports already use, for completion while classifying another report:
 * tags, services, contributing-factor categories (the suggested ones after the library's own)
 * and incident ids (for related incidents), each most used first.
 */
public record Vocabulary(List<String> tags, List<String> services, List<String> categories, List<String> incidents) {
    public static final Vocabulary NONE = new Vocabulary(List.of(), List.of(), ContributingFactor.SUGGESTED_CATEGORIES,
            List.of());

    public Vocabulary {
        tags = List.copyOf(tags);
        services = List.copyOf(services);
        categories = List.copyOf(categories);
        incidents = List.copyOf(incidents);
    }

    public static Vocabulary of(Collection<ReportDigest> reports) {
        List<String> categories = new ArrayList<>(names(LibraryCharts.byFactorCategory(reports, Integer.MAX_VALUE)));
        ContributingFactor.SUGGESTED_CATEGORIES.stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        return new Vocabulary(names(LibraryCharts.byTag(reports, Integer.MAX_VALUE)),
                names(LibraryCharts.byService(reports, Integer.MAX_VALUE)), categories,
                names(LibraryCharts.counts(reports, r -> List.of(r.incidentId()), Integer.MAX_VALUE)));
    }

    /** The words of several libraries together, each list keeping its first library's order first. */
    public static Vocabulary merge(List<Vocabulary> all) {
        if (all.isEmpty()) {
            return NONE;
        }
        return new Vocabulary(union(all, Vocabulary::tags), union(all, Vocabulary::services),
                union(all, Vocabulary::categories), union(all, Vocabulary::incidents));
    }

    /**
     * Up to {@code limit} of {@code words} for what is being typed: those starting with it first,
     * then those containing it, ignoring case; words already chosen are left out.
     */
    public static List<String> suggest(List<String> words, String typed, Collection<String> chosen, int limit) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        Set<String> taken = new LinkedHashSet<>();
        chosen.forEach(c -> taken.add(c.strip().toLowerCase(Locale.ROOT)));
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (taken.contains(lw) || lw.equals(t)) {
                continue;
            }
            if (lw.startsWith(t)) {
                starts.add(w);
            } else if (!t.isEmpty() && lw.contains(t)) {
                contains.add(w);
            }
        }
        starts.addAll(contains);
        return starts.subList(0, Math.min(limit, starts.size()));
    }

    private static List<String> names(List<LibraryCharts.Count> counts) {
        return counts.stream().map(LibraryCharts.Count::name).toList();
    }

    private static List<String> union(List<Vocabulary> all, Function<Vocabulary, List<String>> list) {
        Set<String> out = new LinkedHashSet<>();
        all.forEach(v -> out.addAll(list.apply(v)));
        return new ArrayList<>(out);
    }
}
