package dev.hindsight.check.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * One of the English word lists of {@code org.languagetool:english-pos-dict} (Hunspell's en_US,
 * en_GB… compiled to morfologik automata), loaded once per process on first use and shared by every
 * report and thread. Loading takes about 0.1–0.3 s, so the first use belongs off the JavaFX thread.
 * morfologik's {@link Speller} keeps state while it works, so each thread borrows one of a small pool.
 */
public final class SpellingDictionary {
    /** The dictionaries bundled, by the language tag a report gives. */
    public enum Variant {
        EN_US("en-US"), EN_GB("en-GB"), EN_AU("en-AU"), EN_CA("en-CA"), EN_NZ("en-NZ"), EN_ZA("en-ZA");

        private final String tag;

        Variant(String tag) {
            this.tag = tag;
        }

        /** The BCP 47 tag: {@code en-GB}. */
        public String tag() {
            return tag;
        }

        String resource() {
            return "/org/languagetool/resource/en/hunspell/" + tag.replace('-', '_') + ".dict";
        }
    }

    private static final System.Logger LOG = System.getLogger(SpellingDictionary.class.getName());
    private static final Map<Variant, SpellingDictionary> LOADED = new EnumMap<>(Variant.class);
    /** Words looked up are remembered, up to this many (a report's vocabulary is a few thousand words). */
    private static final int KNOWN_CACHE = 200_000;
    private static final int SUGGESTION_CACHE = 20_000;
    private static final int POOL = 8;
    /** Morfologik's edit distance for suggestions; 2 only when 1 finds nothing, since 2 is slower and noisier. */
    private static final int NEAR = 1;
    private static final int FAR = 2;

    private final Variant variant;
    private final Dictionary dictionary;
    private final long loadMillis;
    private final Queue<Speller> near = new ConcurrentLinkedQueue<>();
    private final Queue<Speller> far = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Map<String, List<String>> suggestions = new ConcurrentHashMap<>();
    private final Map<String, List<String>> nearSuggestions = new ConcurrentHashMap<>();

    private SpellingDictionary(Variant variant, Dictionary dictionary, long loadMillis) {
        this.variant = variant;
        this.dictionary = dictionary;
        this.loadMillis = loadMillis;
    }

    /** The dictionary, read from the class path the first time it is asked for (blocking: call it off the FX thread). */
    public static SpellingDictionary get(Variant variant) {
        synchronized (LOADED) {
            SpellingDictionary d = LOADED.get(variant);
            if (d == null) {
                d = load(variant);
                LOADED.put(variant, d);
            }
            return d;
        }
    }

    /** Whether a dictionary is already in memory, so that using it costs no loading. */
    public static boolean isLoaded(Variant variant) {
        synchronized (LOADED) {
            return LOADED.containsKey(variant);
        }
    }

    /** Reads the dictionary afresh, without keeping it: what {@link #get} does once per process (for measuring). */
    public static SpellingDictionary read(Variant variant) {
        return load(variant);
    }

    private static SpellingDictionary load(Variant variant) {
        long start = System.nanoTime();
        URL url = SpellingDictionary.class.getResource(variant.resource());
        if (url == null) {
            throw new IllegalStateException("the " + variant.tag() + " dictionary is missing from the class path ("
                    + variant.resource() + ")");
        }
        try {
            Dictionary dictionary = Dictionary.read(url);
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.log(System.Logger.Level.DEBUG, () -> String.format(Locale.ROOT, "spelling dictionary %s loaded in %d ms",
                    variant.tag(), millis));
            return new SpellingDictionary(variant, dictionary, millis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + variant.tag() + " dictionary", e);
        }
    }

    public Variant variant() {
        return variant;
    }

    /** How long reading this dictionary took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Whether {@code word} is spelled right in this dictionary. Capitalised and all-capital forms of
     * a dictionary word count ("The", "THE"); a proper noun must be capitalised ("London", not "london").
     */
    public boolean isWord(String word) {
        Boolean cached = known.get(word);
        if (cached != null) {
            return cached;
        }
        Speller speller = borrow(near, NEAR);
        boolean ok;
        try {
            ok = !speller.isMisspelled(word);
        } finally {
            give(near, speller);
        }
        if (known.size() < KNOWN_CACHE) {
            known.put(word, ok);
        }
        return ok;
    }

    /**
     * Dictionary words close to {@code word}, best first (morfologik's order: edit distance, then
     * frequency). One edit away (5–20 ms); {@code thorough} also looks two edits away when one finds
     * nothing, which costs 5 to 10 times more: for a person asking, not for every finding of a report.
     */
    public List<String> replacements(String word, boolean thorough) {
        Map<String, List<String>> cache = thorough ? suggestions : nearSuggestions;
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> found = find(near, NEAR, word);
        if (thorough && found.isEmpty() && word.length() >= 5 && word.length() <= 20) {
            found = find(far, FAR, word);
        }
        List<String> result = List.copyOf(found);
        if (cache.size() < SUGGESTION_CACHE) {
            cache.put(word, result);
        }
        return result;
    }

    private List<String> find(Queue<Speller> pool, int distance, String word) {
        Speller speller = borrow(pool, distance);
        try {
            return new ArrayList<>(speller.findReplacements(word));
        } finally {
            give(pool, speller);
        }
    }

    private Speller borrow(Queue<Speller> pool, int distance) {
        Speller s = pool.poll();
        return s != null ? s : new Speller(dictionary, distance);
    }

    private static void give(Queue<Speller> pool, Speller speller) {
        if (pool.size() < POOL) {
            pool.offer(speller);
        }
    }
}
