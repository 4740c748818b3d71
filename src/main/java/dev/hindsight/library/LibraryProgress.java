package dev.hindsight.library;

/** Told how far a scan of a library is: files looked at out of all found. May be called from several threads. */
@FunctionalInterface
public interface LibraryProgress {
    LibraryProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
