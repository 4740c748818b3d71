package dev.hindsight.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A library as scanned at one moment: the reports read (with their digests) and the files
 * refused, each with its reason. Immutable; a rescan makes a new one.
 */
public final class Library {
    private final List<LibraryEntry> entries;
    private final List<Refusal> unreadable;
    private final int parsed;

    /**
     * @param entries    every file found, in the order found
     * @param unreadable what could not even be looked at (a missing path, a folder without permission)
     * @param parsed     how many files the scan that made this library had to read (the cache answered for the rest)
     */
    public Library(List<LibraryEntry> entries, List<Refusal> unreadable, int parsed) {
        this.entries = List.copyOf(entries);
        this.unreadable = List.copyOf(unreadable);
        this.parsed = parsed;
    }

    public static Library empty() {
        return new Library(List.of(), List.of(), 0);
    }

    /** How many files were read to make this library; the others came from the cache unchanged. */
    public int parsed() {
        return parsed;
    }

    /** Every file found, reports and refused ones. */
    public List<LibraryEntry> entries() {
        return entries;
    }

    /** The files read as reports, each counted (two files with the same incident id are two reports). */
    public List<LibraryEntry> reports() {
        return entries.stream().filter(LibraryEntry::isReport).toList();
    }

    /** Everything refused: paths that could not be looked at, then files that are not valid reports. */
    public List<Refusal> refused() {
        List<Refusal> all = new ArrayList<>(unreadable);
        entries.stream().filter(e -> !e.isReport()).map(LibraryEntry::asRefusal).forEach(all::add);
        return all;
    }

    /** What a rescan may take as known, by key. */
    Map<String, CachedEntry> known() {
        Map<String, CachedEntry> known = new HashMap<>();
        for (LibraryEntry e : entries) {
            if (e.stamp().size() >= 0) {
                known.put(e.found().key(), new CachedEntry(e.stamp(), e.digest(), e.refusal(), true));
            }
        }
        return known;
    }
}
