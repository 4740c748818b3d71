package dev.hindsight.check;

import java.util.Objects;

/**
 * Something a person should know about a check that is not a finding about the report, such as
 * "no dictionary for this language: spelling not checked". Notes never make {@code check} fail.
 */
public record CheckNote(String rule, String message) {
    public CheckNote {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
