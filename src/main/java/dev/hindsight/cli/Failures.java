package dev.hindsight.cli;

import dev.hindsight.format.Names;
import dev.hindsight.platform.Logs;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What the command line says when a command cannot do its work, each in one line: a wrong
 * command line (exit 2), an internal error (exit 3, pointing at the log), not enough memory
 * (exit 3, saying how to give Java more).
 */
final class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /** A wrong command line: its message and where to read the usage, not the whole usage text. */
    static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String command = cli.getCommandSpec().qualifiedName();
        cli.getErr().println(command + ": " + Names.shown(e.getMessage()) + " (see '" + command + " --help')");
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                && cli.getParent() == null) {
            // a mistyped command name: say which ones are near it, as git does
            cli.getErr().println("Did you mean: " + String.join(", ", unmatched.getSuggestions()) + "?");
        }
        return HindsightCommand.USAGE;
    }

    /** An unexpected exception in a command: one line naming it and the log; the details go to the log. */
    static int internalError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        OutOfMemoryError memory = outOfMemory(e);
        if (memory != null) {
            return outOfMemory(cli.getErr(), cli.getCommandSpec().qualifiedName());
        }
        return internalError(cli.getErr(), cli.getCommandSpec().qualifiedName(), e);
    }

    static int internalError(PrintWriter err, String command, Throwable e) {
        LOG.log(Level.SEVERE, command + " failed", e);
        err.println(command + ": internal error: " + Names.shown(e) + " (details: see the log "
                + Names.shown(Logs.file()) + "); please report it");
        return HindsightCommand.INTERNAL;
    }

    /** Java ran out of heap: say how much it had and how to give it more. No stack trace: it says nothing useful. */
    static int outOfMemory(PrintWriter err, String command) {
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println(String.format(Locale.ROOT, "%s: not enough memory: Java may use at most %,d MiB here. Give it "
                + "more with -Xmx, e.g. java -Xmx1g -jar hindsight.jar %s, or for the installed hindsight set "
                + "JAVA_TOOL_OPTIONS=-Xmx1g (a report at the 64 MiB file limit needs about 512 MiB)", command, mib,
                command.replaceFirst("^hindsight ?", "") + " \u2026"));
        return HindsightCommand.INTERNAL;
    }

    private static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError memory) {
                return memory;
            }
        }
        return null;
    }

    /** A file name that cannot be a path here: said in words, not as Java's exception. */
    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("\"" + Names.shown(name) + "\" cannot be used as a file "
                    + "name here: it holds characters that this system's encoding ("
                    + System.getProperty("sun.jnu.encoding", "unknown") + ") cannot represent; run with a UTF-8 "
                    + "locale such as LANG=C.UTF-8, or rename the file");
        }
    }

    /** A date typed for --today, --since or --until: YYYY-MM-DD on the calendar, said in words when it is not. */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            boolean shaped = text.matches("\\d{4}-\\d{2}-\\d{2}");
            throw new CommandLine.TypeConversionException("\"" + Names.shown(text) + "\" is not "
                    + (shaped ? "a day of the calendar" : "a date written YYYY-MM-DD, such as 2024-06-30"));
        }
    }
}
