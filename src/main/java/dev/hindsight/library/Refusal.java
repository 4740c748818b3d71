package dev.hindsight.library;

import java.nio.file.Path;
import java.util.Objects;

/** A file the library could not take as a report, and why, worded for the person who has to fix it. */
public record Refusal(Path file, String message) {
    public Refusal {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
