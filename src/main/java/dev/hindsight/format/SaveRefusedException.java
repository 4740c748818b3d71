package dev.hindsight.format;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A save refused before it replaced the file, which is left as it was: what would have been
 * written is a file Hindsight itself would refuse to open, or someone else changed the file
 * since it was read. Callers tell the two apart by {@link #reason()}, never by the message.
 */
public final class SaveRefusedException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** Why the save was refused. */
    public enum Reason {
        /** The bytes to be written break a rule or limit of the reader; {@link #refusal()} says which. */
        WOULD_NOT_OPEN,
        /** The file changed on disk since it was read; the other program's version is kept. */
        CHANGED_ON_DISK
    }

    private final Reason reason;
    private final transient ReportFormatException refusal;

    private SaveRefusedException(Path file, Reason reason, String words, ReportFormatException refusal) {
        super(file.toString(), null, words);
        this.reason = reason;
        this.refusal = refusal;
        if (refusal != null) {
            initCause(refusal);
        }
    }

    static SaveRefusedException wouldNotOpen(Path file, ReportFormatException refusal) {
        return new SaveRefusedException(file, Reason.WOULD_NOT_OPEN,
                "not saved: the file written would be one Hindsight refuses to open ("
                        + (refusal.path() == null || refusal.path().isEmpty() ? "" : refusal.path() + ": ")
                        + refusal.problem() + ")", refusal);
    }

    static SaveRefusedException changedOnDisk(Path file) {
        return new SaveRefusedException(file, Reason.CHANGED_ON_DISK,
                "not saved: the file was changed by someone else since it was read; their version is kept", null);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#WOULD_NOT_OPEN}: the reader's refusal of the bytes (its problem names the limit); else null. */
    public ReportFormatException refusal() {
        return refusal;
    }
}
