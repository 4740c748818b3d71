package dev.hindsight.model;

import java.util.List;

/** The kind of action item. Unknown values read from a file are kept as written. */
public record ActionType(String code) implements Code {
    public static final ActionType PREVENT = new ActionType("prevent");
    public static final ActionType MITIGATE = new ActionType("mitigate");
    public static final ActionType DETECT = new ActionType("detect");
    public static final ActionType PROCESS = new ActionType("process");

    public static final List<ActionType> KNOWN = List.of(PREVENT, MITIGATE, DETECT, PROCESS);

    @Override
    public List<ActionType> knownValues() {
        return KNOWN;
    }
}
