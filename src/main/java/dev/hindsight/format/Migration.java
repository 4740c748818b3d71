package dev.hindsight.format;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step that rewrites the JSON tree of a report from {@link #from()} to {@code from() + 1}. */
interface Migration {
    int from();

    /** Rewrites {@code root} in place; the chain sets {@code formatVersion} afterwards. */
    void apply(ObjectNode root);
}
