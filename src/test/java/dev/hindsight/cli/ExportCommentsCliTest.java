package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.comments.Comments;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight export --comments}: the review comments go into the document only then. */
class ExportCommentsCliTest {
    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
    }

    @Test
    void commentsAreExportedOnlyWithTheOption(@TempDir Path dir) throws Exception {
        ReportFiles files = new ReportFiles();
        Report r = files.open(Fixtures.path(Fixtures.EXAMPLE)).report();
        r = Comments.add(r, Comments.onPlace(r, "k2m3n4p5", "Rita", Instant.parse("2024-06-12T09:15:00Z"),
                "Add the backup's age here.", "resolution"));
        Path input = dir.resolve("db.postmortem.json");
        files.save(r, null, input);
        Path without = dir.resolve("without.md");
        Path with = dir.resolve("with.md");
        assertThat(run("export", input.toString(), "--md=" + without)).isZero();
        assertThat(run("export", input.toString(), "--md=" + with, "--comments")).isZero();
        assertThat(Files.readString(without)).doesNotContain("Add the backup's age here.", "Review Comments");
        assertThat(Files.readString(with)).contains("## Review Comments", "**Rita**", "Add the backup's age here.");
    }
}
