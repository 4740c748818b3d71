package dev.hindsight.cli;

import java.util.Set;

/**
 * The words that start the command line rather than the window, written out so that opening the
 * window decides without loading the commands: reading their picocli annotations (13 classes, the
 * picocli jar opened, annotation proxies made) took 40–100 ms of every window's start-up before
 * JavaFX could start. {@code CliTest} checks this list against the registered commands.
 */
public final class CommandNames {
    /** Every subcommand's name and alias. */
    static final Set<String> SUBCOMMANDS = Set.of("validate", "format", "export", "check", "diff", "show", "git-diff",
            "merge", "git-setup", "stats", "actions", "import", "help");

    private CommandNames() {
    }

    /** Whether these arguments are meant for the command line (an option or a subcommand) rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || SUBCOMMANDS.contains(args[0]));
    }
}
