package dev.hindsight.format;

/** Something a reader accepted but the user should know: a newer format version, an unknown value kept as written. */
public record FormatWarning(String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
