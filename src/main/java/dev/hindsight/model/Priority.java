package dev.hindsight.model;

import java.util.List;

/** The action-item priority, P0 is the most urgent. Unknown values read from a file are kept as written. */
public record Priority(String code) implements Code {
    public static final Priority P0 = new Priority("P0");
    public static final Priority P1 = new Priority("P1");
    public static final Priority P2 = new Priority("P2");
    public static final Priority P3 = new Priority("P3");

    public static final List<Priority> KNOWN = List.of(P0, P1, P2, P3);

    @Override
    public List<Priority> knownValues() {
        return KNOWN;
    }
}
