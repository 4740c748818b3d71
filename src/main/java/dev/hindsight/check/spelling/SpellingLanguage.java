package dev.hindsight.check.spelling;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which dictionary checks a report, from the report's {@code language} (a BCP 47 tag) or the
 * command line's {@code --language}; never from the machine's locale. {@code ""} (not stated)
 * and {@code en} are US English; {@code en-GB}, {@code en-AU}, {@code en-CA}, {@code en-NZ} and
 * {@code en-ZA} have dictionaries of their own; other English-speaking regions whose spelling
 * follows British usage (Ireland, India, Singapore…) use en-GB, and any other English en-US.
 * A language other than English has no dictionary.
 */
public final class SpellingLanguage {
    /** Regions without a dictionary of their own that spell as Britain does. */
    private static final Set<String> BRITISH_SPELLING = Set.of("IE", "IN", "PK", "BD", "LK", "SG", "MY", "HK", "MT",
            "CY", "GI", "IM", "JE", "GG", "NG", "GH", "KE", "UG", "TZ", "ZM", "ZW", "BW", "NA", "MW", "SL", "JM", "TT",
            "BB", "BS", "BZ", "FJ", "PG", "150");

    private SpellingLanguage() {
    }

    /** Whether {@code tag} is a well-formed BCP 47 language tag ({@code en_GB} is accepted as {@code en-GB}). */
    public static boolean isWellFormed(String tag) {
        return parse(tag).isPresent();
    }

    /** The dictionary for {@code tag}, or empty when there is none for that language (or the tag is not one). */
    public static Optional<SpellingDictionary.Variant> dictionaryFor(String tag) {
        if (tag.isBlank()) {
            return Optional.of(SpellingDictionary.Variant.EN_US);
        }
        Optional<Locale> locale = parse(tag);
        if (locale.isEmpty() || !locale.get().getLanguage().equals("en")) {
            return Optional.empty();
        }
        String region = locale.get().getCountry();
        for (SpellingDictionary.Variant v : SpellingDictionary.Variant.values()) {
            if (v.tag().endsWith("-" + region)) {
                return Optional.of(v);
            }
        }
        return Optional.of(BRITISH_SPELLING.contains(region) ? SpellingDictionary.Variant.EN_GB
                : SpellingDictionary.Variant.EN_US);
    }

    private static Optional<Locale> parse(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
