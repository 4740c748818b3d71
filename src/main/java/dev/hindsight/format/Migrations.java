package dev.hindsight.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.Report;
import java.util.List;

/**
 * Brings the JSON tree of an older report up to the version this application writes, one
 * step at a time, before it is decoded. Version 1 is the only version today, so the chain is
 * empty; a v1 to v2 step goes in {@link #CURRENT}.
 */
final class Migrations {
    static final Migrations CURRENT = new Migrations(List.of(), Report.FORMAT_VERSION);

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
