package dev.hindsight.export;

import java.util.Locale;
import java.util.Set;

/** The paper a PDF is laid out for. */
public enum PageSize {
    A4, LETTER;

    /** Countries that use US Letter (CLDR's paper-size data); everywhere else uses A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "PA",
            "PR", "SV", "VE", "BZ", "DO", "NI");

    /** The size people in the locale's country expect: Letter in North America and a few others, A4 elsewhere. */
    public static PageSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }
}
