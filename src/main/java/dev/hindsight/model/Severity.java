package dev.hindsight.model;

import java.util.List;

/** The severity, SEV1 is the worst. Unknown values read from a file are kept as written. */
public record Severity(String code) implements Code {
    public static final Severity SEV1 = new Severity("SEV1");
    public static final Severity SEV2 = new Severity("SEV2");
    public static final Severity SEV3 = new Severity("SEV3");
    public static final Severity SEV4 = new Severity("SEV4");
    public static final Severity SEV5 = new Severity("SEV5");

    public static final List<Severity> KNOWN = List.of(SEV1, SEV2, SEV3, SEV4, SEV5);

    @Override
    public List<Severity> knownValues() {
        return KNOWN;
    }
}
