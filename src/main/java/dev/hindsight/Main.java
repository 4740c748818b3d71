package dev.hindsight;

import dev.hindsight.cli.CommandNames;
import dev.hindsight.cli.HindsightCommand;
import dev.hindsight.platform.Logs;
import dev.hindsight.platform.OpenFileEvents;

/**
 * Entry point of the jar and the installed launcher. Subcommands and options run the command
 * line without loading JavaFX; anything else (nothing, or files to open) starts the window.
 * It must not extend {@code Application}, or JavaFX refuses to start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logs.useLogFile();
        if (CommandNames.isCommandLine(args)) {
            System.exit(HindsightCommand.run(args));
        }
        boolean awtStarted = OpenFileEvents.listenIfMac(System.getProperty("os.name", ""));
        int exit = 1;
        try {
            dev.hindsight.ui.HindsightApp.launchWindow(args);
            exit = 0;
        } finally {
            if (awtStarted) {
                System.exit(exit); // AWT's threads would keep the JVM alive after the last window, or a failed start
            }
        }
    }
}
