package dev.hindsight.compare;

/** A conflict or difference could not be resolved as asked: its place is gone, or the value does not fit there. */
public final class ResolutionException extends Exception {
    private static final long serialVersionUID = 1L;

    ResolutionException(String message) {
        super(message);
    }

    ResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
