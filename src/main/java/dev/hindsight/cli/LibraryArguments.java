package dev.hindsight.cli;

import dev.hindsight.library.Library;
import dev.hindsight.library.LibraryLoader;
import dev.hindsight.library.LibraryProgress;
import dev.hindsight.library.Refusal;
import dev.hindsight.platform.AppDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code stats} and {@code actions} share: the paths of the library, the day taken as today, the output format. */
final class LibraryArguments {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "report files, or folders searched recursively for *.postmortem.json (hidden folders skipped)")
    List<Path> paths;

    @Option(names = "--today", paramLabel = "DATE",
            description = "the day an action item is overdue against (YYYY-MM-DD; default: the current date), "
                + "for output that does not change from one day to the next")
    LocalDate today;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (one JSON document on standard output; default: ${DEFAULT-VALUE})")
    OutputFormat format;

    LocalDate today() {
        return today == null ? LocalDate.now() : today;
    }

    /** Reads the library through its cache; the refused files are named on {@code err}. */
    Library load(PrintWriter err) throws IOException {
        Library library = new LibraryLoader(AppDirs.current().cache()).load(paths, LibraryProgress.NONE);
        for (Refusal r : library.refused()) {
            err.println(r);
        }
        return library;
    }

    /** The text for the chosen format, made only for it. */
    interface Rendering {
        String render() throws IOException;
    }

    /** Prints the output in the chosen format; the JSON document ends with a line break like the others. */
    void print(PrintWriter out, Rendering text, Rendering csv, Rendering json) throws IOException {
        switch (format) {
            case JSON:
                out.println(json.render());
                break;
            case CSV:
                out.print(csv.render());
                break;
            default:
                out.print(text.render());
        }
        out.flush();
    }

    static int exitCode(Library library) {
        return library.refused().isEmpty() ? 0 : HindsightCommand.REFUSED;
    }
}
