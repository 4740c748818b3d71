package dev.hindsight.check.rules;

import dev.hindsight.check.CheckNote;
import dev.hindsight.check.Checker;
import dev.hindsight.check.Dismissals;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.check.ProseChecker;
import dev.hindsight.check.spelling.SpellingChecker;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chosen rules made for one report's setup, and what they found in each prose field so far.
 * A field's findings depend only on its text, so after a keystroke {@link #check(Report)} re-reads
 * only the fields whose text changed (the rest are looked up), and {@link #checkPlace} reads one.
 * Opening a session may load a dictionary (0.1–0.3 s the first time in a process): open and use
 * it off the JavaFX thread. Thread-safe.
 */
public final class CheckSession {
    /** Fields remembered per rule; past this the memory is cleared rather than grown (undo keeps old texts alive). */
    private static final int MAX_REMEMBERED = 100_000;
    /** Reports with at least this many fields are read in parallel. */
    private static final int PARALLEL_FROM = 512;

    private record FieldKey(TextPlace.Kind kind, String text) {
    }

    /** One prose checker's findings per field text, valid while the checker's revision stays the same. */
    private static final class Remembered {
        final Map<FieldKey, List<Finding>> fields = new ConcurrentHashMap<>();
        volatile long revision;
    }

    private final List<Checker> checkers;
    private final Map<Checker, Remembered> remembered = new ConcurrentHashMap<>();
    /** The severities a team's settings give rules, by rule name. */
    private final Map<String, FindingSeverity> severities;

    private CheckSession(List<Checker> checkers, Map<String, FindingSeverity> severities) {
        this.checkers = List.copyOf(checkers);
        this.severities = Map.copyOf(severities);
        for (Checker c : checkers) {
            if (c instanceof ProseChecker) {
                Remembered r = new Remembered();
                r.revision = ((ProseChecker) c).revision();
                remembered.put(c, r);
            }
        }
    }

    /**
     * A session of {@code rules} (in the order given) for {@code setup}, whether its settings turn
     * them on or not (as {@code --only} names them); at the severities the settings give.
     */
    public static CheckSession open(Collection<Rules.Rule> rules, CheckSetup setup) {
        List<Checker> checkers = new ArrayList<>();
        Map<String, FindingSeverity> severities = new HashMap<>();
        for (Rules.Rule rule : rules) {
            checkers.add(rule.factory().apply(setup));
            setup.settings().rule(rule.name()).severity().ifPresent(s -> severities.put(rule.name(), s));
        }
        return new CheckSession(checkers, severities);
    }

    /** A session of the rules the setup's settings turn on (every rule but {@code comments} by default). */
    public static CheckSession open(CheckSetup setup) {
        return open(setup.settings().enabledRules(), setup);
    }

    /** The findings of every rule that the report does not dismiss, rule by rule, each in reading order. */
    public List<Finding> check(Report report) {
        return Dismissals.remaining(report, checkAll(report));
    }

    /** Every finding, dismissed ones included (to show them struck through, or to count them). */
    public List<Finding> checkAll(Report report) {
        List<ProseChecker> prose = new ArrayList<>();
        for (Checker c : checkers) {
            if (c instanceof ProseChecker) {
                prose.add((ProseChecker) c);
            }
        }
        List<List<List<Finding>>> byField = prose.isEmpty() ? List.of() : proseFindings(TextPlaces.of(report), prose);
        List<Finding> out = new ArrayList<>();
        for (Checker checker : checkers) {
            int k = prose.indexOf(checker);
            if (k >= 0) {
                for (List<List<Finding>> field : byField) {
                    out.addAll(field.get(k));
                }
            } else {
                out.addAll(checker.check(report));
            }
        }
        return severities.isEmpty() ? out : withSeverities(out);
    }

    /**
     * Each field's findings of each prose rule ({@code [field][rule]}), reading a field with every rule
     * in turn (they share its parse and its words) and long reports on every core; order is kept.
     */
    private List<List<List<Finding>>> proseFindings(List<TextPlace> places, List<ProseChecker> prose) {
        java.util.function.Function<TextPlace, List<List<Finding>>> read = place -> {
            List<List<Finding>> found = new ArrayList<>(prose.size());
            for (ProseChecker c : prose) {
                found.add(field(c, place));
            }
            return found;
        };
        return places.size() < PARALLEL_FROM ? places.stream().map(read).toList()
                : places.parallelStream().map(read).toList();
    }

    private List<Finding> withSeverities(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            FindingSeverity s = severities.get(f.rule());
            out.add(s == null ? f : f.withSeverity(s));
        }
        return out;
    }

    /**
     * The findings of the prose rules in the one field at {@code path} that the report does not
     * dismiss: what the editor asks after a keystroke. Empty when the report has no prose field there.
     */
    public List<Finding> checkPlace(Report report, String path) {
        Optional<TextPlace> place = TextPlaces.at(report, path);
        if (place.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Checker checker : checkers) {
            if (checker instanceof ProseChecker) {
                out.addAll(field((ProseChecker) checker, place.get()));
            }
        }
        return Dismissals.remaining(report, severities.isEmpty() ? out : withSeverities(out));
    }

    private List<Finding> field(ProseChecker checker, TextPlace place) {
        Remembered r = remembered.get(checker);
        long revision = checker.revision();
        if (revision != r.revision) {
            r.fields.clear();
            r.revision = revision;
        }
        FieldKey key = new FieldKey(place.kind(), place.text());
        List<Finding> found = r.fields.get(key);
        if (found == null) {
            found = List.copyOf(checker.checkText(place));
            if (r.fields.size() >= MAX_REMEMBERED) {
                r.fields.clear();
            }
            r.fields.put(key, found);
        }
        if (found.isEmpty() || found.get(0).path().equals(place.path())) {
            return found;
        }
        return found.stream().map(f -> f.withPath(place.path())).toList();
    }

    /** What a person should know about this check (a rule that could not run and why). */
    public List<CheckNote> notes() {
        List<CheckNote> out = new ArrayList<>();
        for (Checker c : checkers) {
            out.addAll(c.notes());
        }
        return out;
    }

    /** The names of the rules of this session. */
    public List<String> rules() {
        return checkers.stream().map(Checker::rule).toList();
    }

    /** The spelling rule, for suggestions and "is this word known" (empty when not chosen or not checking). */
    public Optional<SpellingChecker> spelling() {
        return checkers.stream().filter(c -> c instanceof SpellingChecker).map(c -> (SpellingChecker) c).findFirst();
    }
}
