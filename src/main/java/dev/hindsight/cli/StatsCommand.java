package dev.hindsight.cli;

import dev.hindsight.library.DateRange;
import dev.hindsight.library.Library;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.LibraryStats;
import dev.hindsight.library.ReportDigest;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hindsight stats PATH...}: the figures of a library of reports. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print the figures of the reports under each PATH: how many, by severity and by status, "
            + "time to detect and to resolve (median and 90th percentile, in minutes), open and overdue action items.",
            "Times are the format's metrics: by time, not by position; time to resolve from endedAt, else the "
                + "earliest resolution event. Percentiles interpolate linearly between the nearest ranks (as "
                + "spreadsheets' PERCENTILE.INC); a median of an even count is the mean of the two middle values.",
            "A report's date is the day it started in its own time zone (startedAt, else its earliest timeline "
                + "entry); --since and --until keep the reports dated within them (both days included).",
            "Folders are read through a cache kept up to date by fingerprint, so a second run reads only what changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "1:some files were refused (the figures are still printed, the "
            + "refused files named on standard error)", "2:the command line was wrong"})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    private LibraryArguments library;

    @Option(names = "--since", paramLabel = "DATE", description = "only reports dated on or after DATE (YYYY-MM-DD)")
    private LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "only reports dated on or before DATE (YYYY-MM-DD)")
    private LocalDate until;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (since != null && until != null && until.isBefore(since)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--until " + until + " is before --since " + since + ": no day is in that range");
        }
        DateRange range = new DateRange(since, until);
        PrintWriter out = spec.commandLine().getOut();
        Library loaded = library.load(spec.commandLine().getErr());
        List<ReportDigest> reports = loaded.reports().stream().map(LibraryEntry::digest)
                .filter(r -> range.contains(r.date())).toList();
        LibraryStats stats = LibraryStats.of(reports, library.today());
        library.print(out, () -> StatsOutput.text(stats, loaded.refused(), library.today()),
                () -> StatsOutput.csv(stats, loaded.refused()), () -> StatsOutput.json(stats, loaded.refused()));
        return LibraryArguments.exitCode(loaded);
    }
}
