package dev.hindsight.model;

import java.util.List;

/** The state of an action item. Unknown values read from a file are kept as written. */
public record ActionStatus(String code) implements Code {
    public static final ActionStatus OPEN = new ActionStatus("open");
    public static final ActionStatus IN_PROGRESS = new ActionStatus("in-progress");
    public static final ActionStatus DONE = new ActionStatus("done");
    public static final ActionStatus WONT_DO = new ActionStatus("wont-do");

    public static final List<ActionStatus> KNOWN = List.of(OPEN, IN_PROGRESS, DONE, WONT_DO);

    @Override
    public List<ActionStatus> knownValues() {
        return KNOWN;
    }
}
