package dev.hindsight.library;

import java.util.Objects;

/**
 * One file of a library as last seen: its stamp, and either the digest of the report it holds
 * or the reason it was refused (exactly one of the two is set).
 */
public record LibraryEntry(FoundFile found, FileStamp stamp, ReportDigest digest, String refusal) {
    public LibraryEntry {
        Objects.requireNonNull(found, "found");
        if ((digest == null) == (refusal == null)) {
            throw new IllegalArgumentException("an entry is either a report or a refusal");
        }
    }

    public boolean isReport() {
        return digest != null;
    }

    public Refusal asRefusal() {
        return new Refusal(found.file(), refusal);
    }
}
