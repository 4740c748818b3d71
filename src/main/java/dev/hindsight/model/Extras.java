package dev.hindsight.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Members of a report object that this version does not know, kept in file order so they
 * survive open and save unchanged. The values are opaque here; the format layer owns them.
 */
public final class Extras {
    public static final Extras NONE = new Extras(Map.of());

    private final Map<String, Object> members;

    private Extras(Map<String, Object> members) {
        this.members = members;
    }

    public static Extras of(Map<String, ?> members) {
        if (members.isEmpty()) {
            return NONE;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        members.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return new Extras(Collections.unmodifiableMap(copy));
    }

    /** The unknown members in the order they were read. */
    public Map<String, Object> members() {
        return members;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extras other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return "Extras" + members.keySet();
    }
}
