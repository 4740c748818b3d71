package dev.hindsight.library;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene tells about its own internals through java.util.logging: which memory mapping it chose
 * (INFO) and, on Java 23 and later, that a newer Lucene would use a newer Vector API (WARNING:
 * Lucene 10 needs Java 21, which this application does not require). Nothing there is for the
 * user, and by default java.util.logging prints it on the terminal, so Lucene's loggers keep
 * only severe messages. The logger is held here: java.util.logging forgets settings of loggers
 * nobody references.
 */
final class LuceneLogging {
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    static {
        LUCENE.setLevel(Level.SEVERE);
    }

    private LuceneLogging() {
    }

    /** Applies the setting (once, when this class is first used); call before Lucene's first class loads. */
    static void quiet() {
        // the static initializer does the work
    }
}
