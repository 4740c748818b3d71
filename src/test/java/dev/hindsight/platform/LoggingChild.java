package dev.hindsight.platform;

import java.util.logging.Logger;

/** A program that logs as Hindsight's main does, through libraries' loggers too, and prints one line. */
public final class LoggingChild {
    private LoggingChild() {
    }

    public static void main(String[] args) {
        Logs.useLogFile();
        Logger.getLogger("org.apache.lucene.index.IndexWriter").info("a library's line through java.util.logging");
        System.getLogger("javafx.scene.control").log(System.Logger.Level.WARNING, "a platform logger's line");
        Logger.getLogger("dev.hindsight.cli.ExportCommand").fine("below INFO, not kept");
        Logger.getLogger("dev.hindsight.cli.ExportCommand").warning("Hindsight's own line");
        System.out.println("the output");
    }
}
