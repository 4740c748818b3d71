package dev.hindsight.cli;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.CheckNote;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingsOutput;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSettings;
import dev.hindsight.check.rules.CheckSettingsException;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.check.spelling.SpellingLanguage;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.format.IoMessages;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight check FILE...}: the review rules' findings, for people or for tools (CI). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check each FILE against the review rules and print what they find: one line per finding, "
                + "FILE: PLACE: RULE: message, where PLACE is a path (summary.startedAt, measures.actionItems[2].owner, "
                + "timeline[3].text) with, for words, the words and their offsets in the field's text (UTF-16 code "
                + "units); or one JSON document with --format json. Findings the report dismisses are not printed and "
                + "do not count.",
            "Rules: completeness (what the report still lacks), blameless (words that blame a person instead of "
                + "describing what the system allowed), spelling, and comments (unresolved review comments; off unless "
                + "named in --only or turned on). A team turns rules on and off, sets their severities and options in "
                + "check.json in a folder named .hindsight in the report's folder or one above it, up to the "
                + "repository root; --only runs the rules it names whatever that file says.",
            "Spelling uses the report's language (US English when it states none) unless --language is given, "
                + "the bundled technical words, the team's words (words.txt in the same .hindsight folder) and any "
                + "--words lists; never the machine's locale or a personal dictionary.",
            "A file that is not a valid report is refused as by validate, and so is a report whose .hindsight/"
                + "check.json cannot be used."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing found", "1:something was found (whatever its severity), or a file was refused",
            "2:the command line was wrong (an unknown rule, a --words file that cannot be read)",
            HindsightCommand.EXIT_3})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    /** The rule names for {@code --help}. */
    static final class RuleNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Rules.all().stream().map(Rules.Rule::name).iterator();
        }
    }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "report files (*.postmortem.json)")
    private List<Path> files;

    @Option(names = "--only", split = ",", paramLabel = "RULE", completionCandidates = RuleNames.class,
            description = "only these rules, comma-separated: ${COMPLETION-CANDIDATES} (default: those the team's "
                    + "check.json turns on; without one, all but comments)")
    private List<String> only;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per finding) or json (one document on standard output)")
    private Format format;

    @Option(names = "--language", paramLabel = "TAG",
            description = "check spelling in this language (en-US, en-GB, en-AU, en-CA, en-NZ, en-ZA) "
                    + "instead of each report's own")
    private String language;

    @Option(names = "--words", paramLabel = "FILE",
            description = "a word list (one word a line) to accept besides the team list; may be repeated")
    private List<Path> words;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Rules.Rule> rules = rules();
        if (language != null && !SpellingLanguage.isWellFormed(language)) {
            throw wrong("--language " + language + ": not a language tag such as en-US or en-GB");
        }
        List<Path> extra = words == null ? List.of() : words;
        for (Path p : extra) {
            try {
                WordList.read(p);
            } catch (IOException e) {
                throw wrong("--words " + p + ": " + IoMessages.describe(e));
            }
        }
        List<FindingsOutput.FileFinding> found = new ArrayList<>();
        List<FindingsOutput.FileNote> notes = new ArrayList<>();
        List<FindingsOutput.Refusal> refused = new ArrayList<>();
        Map<Optional<Path>, WordList> teamWords = new HashMap<>();
        Map<Optional<Path>, Object> teamSettings = new HashMap<>();
        ReportReader reader = new ReportReader();
        for (Path file : files) {
            String name = file.toString();
            Report report;
            try {
                report = reader.read(file).report();
            } catch (ReportFormatException e) {
                refused.add(new FindingsOutput.Refusal(name, e.getMessage()));
                continue;
            }
            CheckConfig config = CheckConfig.forReport(file);
            WordList team;
            try {
                team = teamWords.containsKey(config.folder()) ? teamWords.get(config.folder())
                        : CheckSetup.teamWords(config, extra);
            } catch (IOException e) {
                refused.add(new FindingsOutput.Refusal(name, name + ": cannot read the team word list: "
                        + IoMessages.describe(e)));
                continue;
            }
            teamWords.put(config.folder(), team);
            CheckSettings settings;
            try {
                settings = settingsFor(config, teamSettings);
            } catch (CheckSettingsException e) {
                refused.add(new FindingsOutput.Refusal(name, name + ": not checked: " + e.getMessage()));
                continue;
            }
            String lang = language != null ? language : report.language();
            CheckSetup setup = CheckSetup.commandLine(lang, team, config).withSettings(settings);
            CheckSession session = CheckSession.open(rules.isEmpty() ? settings.enabledRules() : rules, setup);
            for (Finding f : session.check(report)) {
                found.add(new FindingsOutput.FileFinding(name, f));
            }
            for (CheckNote n : session.notes()) {
                notes.add(new FindingsOutput.FileNote(name, n));
            }
        }
        print(found, notes, refused);
        return found.isEmpty() && refused.isEmpty() ? 0 : HindsightCommand.REFUSED;
    }

    /**
     * When {@code args} run {@code check}, starts loading what its rules need whatever the report
     * (the phrase lists, the technical words, the dictionary of {@code --language} or US English)
     * on a second thread, while picocli builds the command line and the first report is read: a
     * quarter of a {@code check} process when done in turn. The rules find them loaded or wait;
     * a failure is left for them to meet and report.
     */
    static void preload(String[] args) {
        if (args.length == 0 || !args[0].equals("check")) {
            return;
        }
        String language = "";
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--language=")) {
                language = args[i].substring("--language=".length());
            } else if (args[i].equals("--language") && i + 1 < args.length) {
                language = args[i + 1];
            }
        }
        String tag = SpellingLanguage.isWellFormed(language) ? language : "";
        Thread preload = new Thread(() -> Rules.preload(List.of(), tag), "check-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /** The settings of a team's folder, read once per folder (a refusal is remembered too). */
    private static CheckSettings settingsFor(CheckConfig config, Map<Optional<Path>, Object> read)
            throws CheckSettingsException {
        Object known = read.get(config.folder());
        if (known == null) {
            try {
                known = CheckSettings.of(config);
            } catch (CheckSettingsException e) {
                known = e;
            }
            read.put(config.folder(), known);
        }
        if (known instanceof CheckSettingsException e) {
            throw e;
        }
        return (CheckSettings) known;
    }

    /** The rules named by --only, or none: each report's settings choose. */
    private List<Rules.Rule> rules() {
        if (only == null || only.isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String n : only) {
            String name = n.strip();
            if (Rules.named(name).isEmpty()) {
                throw wrong("--only " + name + ": no such rule (rules: " + Rules.names() + ")");
            }
            names.add(name);
        }
        return Rules.all().stream().filter(r -> names.contains(r.name())).toList();
    }

    private CommandLine.ParameterException wrong(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void print(List<FindingsOutput.FileFinding> found, List<FindingsOutput.FileNote> notes,
                       List<FindingsOutput.Refusal> refused) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            FindingsOutput.json(found, notes, refused, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        for (FindingsOutput.Refusal r : refused) {
            out.println(r.message());
        }
        FindingsOutput.text(found, out);
        PrintWriter err = spec.commandLine().getErr();
        for (FindingsOutput.FileNote n : notes) {
            err.println(n.file() + ": " + n.note().rule() + ": note: " + n.note().message());
        }
        err.flush();
    }
}
