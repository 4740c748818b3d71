package dev.hindsight.check;

import java.util.Locale;

/** How much a finding matters. Any finding of a chosen rule fails {@code hindsight check}, whatever its severity. */
public enum FindingSeverity {
    ERROR, WARNING, INFO;

    /** As written in output and configuration: {@code error}, {@code warning}, {@code info}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
