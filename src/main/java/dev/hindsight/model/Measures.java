package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/** The Corrective and Preventative Measures section: prose improvements and the action items. */
public record Measures(String improvements, List<ActionItem> actionItems, Extras extras) {
    public static final Measures EMPTY = new Measures("", List.of(), Extras.NONE);

    public Measures {
        Objects.requireNonNull(improvements, "improvements");
        actionItems = List.copyOf(actionItems);
        Objects.requireNonNull(extras, "extras");
    }

    public Measures withImprovements(String v) {
        return new Measures(v, actionItems, extras);
    }

    public Measures withActionItems(List<ActionItem> v) {
        return new Measures(improvements, v, extras);
    }
}
