package dev.hindsight.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Brings the JSON tree of an older report up to the version this application writes, one
 * step at a time, before it is decoded. No step exists today: version 2 only added keys, so a
 * version-1 tree is read as it is and keeps its version (a step for a change that is not
 * additive would go in {@link #CURRENT}, whose target is the last version that needed one).
 */
final class Migrations {
    static final Migrations CURRENT = new Migrations(List.of(), 1);

    private final List<Migration> steps;
    private final int target;

    Migrations(List<Migration> steps, int target) {
        this.steps = List.copyOf(steps);
        this.target = target;
    }

    /** The version the tree has after migrating: {@code target} for older files, unchanged for newer ones. */
    int upgrade(ObjectNode root, int version) {
        int current = version;
        while (current < target) {
            Migration step = stepFrom(current);
            step.apply(root);
            current++;
            root.set(Envelope.VERSION, JsonNumbers.node(Integer.toString(current)));
        }
        return current;
    }

    private Migration stepFrom(int version) {
        return steps.stream().filter(s -> s.from() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("no migration from format version " + version));
    }

    int target() {
        return target;
    }
}
