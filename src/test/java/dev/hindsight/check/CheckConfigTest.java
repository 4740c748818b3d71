package dev.hindsight.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's settings folder {@code .hindsight/}: found beside the report or above it, up to the repository root. */
class CheckConfigTest {
    @Test
    void theNearestFolderBesideOrAboveTheReportIsUsed(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path team = Files.createDirectories(repo.resolve(".hindsight"));
        Path deep = Files.createDirectories(repo.resolve("postmortems/2024/q2"));
        assertThat(CheckConfig.forReport(deep.resolve("db.postmortem.json")).folder()).contains(team);
        Path nearer = Files.createDirectories(repo.resolve("postmortems/.hindsight"));
        assertThat(CheckConfig.forReport(deep.resolve("db.postmortem.json")).folder()).contains(nearer);
        assertThat(CheckConfig.forReport(repo.resolve("x.postmortem.json")).folder()).contains(team);
    }

    @Test
    void theSearchStopsAtTheRepositoryRoot(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".hindsight"));
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve(".git"), "gitdir: ../elsewhere\n");
        Path report = Files.createDirectories(repo.resolve("reports")).resolve("a.postmortem.json");
        assertThat(CheckConfig.forReport(report).folder()).isEmpty();
        assertThat(CheckConfig.forReport(report).wordsFile()).isEmpty();
    }

    @Test
    void aFileNamedLikeTheFolderIsNotTheFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".hindsight"), "not a folder");
        Files.createDirectories(dir.resolve(".git"));
        assertThat(CheckConfig.forReport(dir.resolve("a.json")).folder()).isEmpty();
    }

    @Test
    void theTeamWordListIsUsedForReportsUnderIt(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path team = Files.createDirectories(repo.resolve(".hindsight"));
        Files.writeString(team.resolve(CheckConfig.WORDS), "# our services\nVexcorp\nwidgetry\n");
        Path extra = Files.writeString(repo.resolve("more.txt"), "gizmoflux\n");
        Path report = Files.createDirectories(repo.resolve("postmortems")).resolve("a.postmortem.json");
        CheckConfig config = CheckConfig.forReport(report);
        assertThat(config.wordsFile()).contains(team.resolve(CheckConfig.WORDS));
        WordList words = CheckSetup.teamWords(config, List.of(extra));
        Report r = Report.blank().withRootCause("Vexcorp widgetry gizmoflux frobnicatorz");
        List<Finding> found = CheckSession.open(List.of(Rules.named("spelling").orElseThrow()),
                CheckSetup.commandLine("", words, config)).check(r);
        assertThat(found).extracting(Finding::text).containsExactly("frobnicatorz");
        assertThat(CheckSetup.teamWordsFor(java.util.Optional.of(report)).words()).containsExactly("Vexcorp", "widgetry");
        assertThat(CheckSetup.teamWordsFor(java.util.Optional.empty()).isEmpty()).isTrue();
    }
}
