package dev.hindsight.input.importing;

/** A document that cannot be imported (empty, binary, too large, not a document of its kind), with the reason in words. */
public final class ImportRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String message) {
        super(message);
    }

    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
