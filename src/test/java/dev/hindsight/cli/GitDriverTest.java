package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import dev.hindsight.Main;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.ChildJvm;
import dev.hindsight.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A real git repository set up by hindsight git-setup, with git running hindsight as its merge driver and textconv. */
class GitDriverTest {
    @TempDir
    Path repo;

    private final StringWriter out = new StringWriter();

    private int hindsight(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
    }

    record Run(int exit, String output) {
    }

    private Run git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Only this repository's config: nothing of the machine's or the user's.
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_AUTHOR_NAME", "Test");
        builder.environment().put("GIT_AUTHOR_EMAIL", "test@example.com");
        builder.environment().put("GIT_COMMITTER_NAME", "Test");
        builder.environment().put("GIT_COMMITTER_EMAIL", "test@example.com");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** How git runs Hindsight here: this build's classes in a second JVM. */
    private static String hindsightCommand() {
        List<String> command = ChildJvm.of(Main.class, List.of(), HindsightCommand.class, CommandLine.class,
                ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class, DiffUtils.class,
                org.commonmark.parser.Parser.class, com.lowagie.text.Document.class).command();
        return command.stream().map(part -> "'" + part.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    private void write(Report report) throws Exception {
        Files.write(repo.resolve("db.postmortem.json"), new ReportEncoder().encode(report));
    }

    private Report read() throws Exception {
        return new ReportReader().read(repo.resolve("db.postmortem.json")).report();
    }

    private static Report withRow(Report r, int at, String text) {
        List<TimelineEntry> rows = new ArrayList<>(r.timeline());
        rows.add(at, new TimelineEntry(Instant.parse("2024-06-10T11:07:00Z"), EntryKind.NOTE, text));
        return r.withTimeline(rows);
    }

    private void setUpRepository() throws Exception {
        assertThat(git("init", "-q", "-b", "main").exit()).isZero();
        assertThat(hindsight("git-setup", repo.toString(), "--command", hindsightCommand())).isZero();
    }

    @Test
    void gitSetupWritesTheDriverAndTheAttributesOnceAndKeepsWhatWasThere() throws Exception {
        assertThat(git("init", "-q").exit()).isZero();
        Files.writeString(repo.resolve(".gitattributes"), "*.png binary");
        assertThat(hindsight("git-setup", repo.toString())).isZero();
        Path top = Path.of(git("rev-parse", "--show-toplevel").output().strip());
        assertThat(out.toString()).isEqualTo(top + ": git config merge.hindsight.name \"Hindsight: three-way merge of "
                + "postmortem reports\"\n" + top + ": git config merge.hindsight.driver \"hindsight merge %O %A %B\"\n"
                + top + ": git config diff.hindsight.textconv \"hindsight show --lenient\"\n"
                + top + ": git config diff.hindsight.xfuncname \"^== (.*) ==$\"\n"
                + top + ": .gitattributes: *.postmortem.json merge=hindsight diff=hindsight\n");
        out.getBuffer().setLength(0);
        assertThat(hindsight("git-setup", repo.toString())).isZero();
        assertThat(out.toString()).isEqualTo(top + ": already set up for Hindsight reports\n");
        assertThat(Files.readString(repo.resolve(".gitattributes")))
                .isEqualTo("*.png binary\n*.postmortem.json merge=hindsight diff=hindsight\n");
        assertThat(git("config", "--get-all", "merge.hindsight.driver").output()).isEqualTo("hindsight merge %O %A %B\n");
        assertThat(git("check-attr", "merge", "diff", "--", "x/db.postmortem.json").output())
                .isEqualTo("x/db.postmortem.json: merge: hindsight\nx/db.postmortem.json: diff: hindsight\n");
    }

    @Test
    void gitSetupOutsideARepositoryFails() {
        assertThat(hindsight("git-setup", repo.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(repo + ": git rev-parse --show-toplevel failed in " + repo
                + ": fatal: not a git repository");
    }

    @Test
    void gitMergesTwoBranchesThroughTheDriverWithoutConflictMarkers() throws Exception {
        setUpRepository();
        Report base = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        write(base);
        git("add", "-A");
        assertThat(git("commit", "-q", "-m", "base").exit()).isZero();
        git("checkout", "-q", "-b", "theirs");
        write(withRow(base, 3, "Theirs: paged the DBA"));
        assertThat(git("commit", "-q", "-am", "theirs").exit()).isZero();
        git("checkout", "-q", "main");
        write(base.withTitle("Database Vanished (reviewed)"));
        assertThat(git("commit", "-q", "-am", "ours").exit()).isZero();

        Run merge = git("merge", "--no-edit", "theirs");
        assertThat(merge.exit()).as(merge.output()).isZero();
        Report merged = read();
        assertThat(merged.title()).isEqualTo("Database Vanished (reviewed)");
        assertThat(merged.timeline().get(3).text()).isEqualTo("Theirs: paged the DBA");
        assertThat(Files.readString(repo.resolve("db.postmortem.json"))).doesNotContain("<<<<<<<");

        // git's own diff goes through hindsight show: one line per row.
        Run log = git("log", "-p", "-1", "--format=", "HEAD^2");
        assertThat(log.output()).contains("@@ Timeline\n").contains("+2024-06-10 11:07  note           Theirs: paged the DBA");
    }

    @Test
    void aConflictingMergeIsReportedByGitAndTheFileIsAValidReportHoldingOurs() throws Exception {
        setUpRepository();
        Report base = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        write(base);
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "theirs");
        write(withRow(base.withTitle("Theirs"), 0, "Theirs first"));
        git("commit", "-q", "-am", "theirs");
        git("checkout", "-q", "main");
        write(base.withTitle("Ours"));
        git("commit", "-q", "-am", "ours");

        Run merge = git("merge", "--no-edit", "theirs");
        assertThat(merge.exit()).isNotZero();
        assertThat(merge.output()).contains("CONFLICT (content): Merge conflict in db.postmortem.json")
                .contains("title: conflict: both copies changed this differently");
        Report merged = read();
        assertThat(merged.title()).isEqualTo("Ours");
        assertThat(merged.timeline().get(0).text()).isEqualTo("Theirs first");
        assertThat(merged.mergeConflicts()).extracting(c -> c.path()).containsExactly("title");
    }

    @Test
    void aBrokenSideIsReportedByGitAsAConflictAndOursStaysAsItWas() throws Exception {
        setUpRepository();
        Report base = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        write(base);
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "theirs");
        Files.writeString(repo.resolve("db.postmortem.json"), "{ \"format\": \"postmortem-report\", ");
        git("commit", "-q", "-am", "broken");
        git("checkout", "-q", "main");
        write(base.withTitle("Ours"));
        git("commit", "-q", "-am", "ours");
        byte[] ours = Files.readAllBytes(repo.resolve("db.postmortem.json"));

        Run merge = git("merge", "--no-edit", "theirs");
        assertThat(merge.exit()).isNotZero();
        assertThat(merge.output()).containsPattern("\\.merge_file_\\w+ \\(theirs\\): line 1, column 34: the file ends in the middle of the JSON")
                .contains("(nothing was merged or written)");
        assertThat(Files.readAllBytes(repo.resolve("db.postmortem.json"))).isEqualTo(ours);
    }
}
