package dev.hindsight.compare;

import dev.hindsight.format.ValueCodecs;
import java.util.Arrays;
import java.util.List;

/** Markdown prose, compared and merged line by line. */
final class Prose extends Node<String> {
    static final Prose INSTANCE = new Prose();

    private Prose() {
        super(ValueCodecs.STRING);
    }

    /** The lines of a text, split at {@code \n}: a text of n line breaks has n + 1 lines. */
    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    /** Lines as a merge conflict keeps them: each followed by a line break, {@code ""} for none. */
    static String block(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The lines of a {@link #block}; a last line without its break counts too. */
    static List<String> ofBlock(String block) {
        if (block.isEmpty()) {
            return List.of();
        }
        String whole = block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
        return lines(whole);
    }
}
