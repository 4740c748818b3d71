package dev.hindsight.find;

import dev.hindsight.edit.Command;
import java.util.Optional;

/**
 * A replacement ready to be done: the one edit command that does it (one undo step however many
 * fields it changes), how many matches in how many fields, or why it cannot be done (a bad
 * expression or replacement, text changed since it was found). No command when nothing matched.
 */
public record Replacement(Optional<Command> command, int count, int fields, Optional<String> error) {
    static Replacement failed(String error) {
        return new Replacement(Optional.empty(), 0, 0, Optional.of(error));
    }

    static Replacement nothing() {
        return new Replacement(Optional.empty(), 0, 0, Optional.empty());
    }
}
