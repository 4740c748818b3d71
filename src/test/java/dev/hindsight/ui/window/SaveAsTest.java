package dev.hindsight.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ReportEdit;
import dev.hindsight.edit.SummaryEdits;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.testing.SameThreadBackground;
import dev.hindsight.testing.ScriptedDialogs;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save As never replaces a file without asking, whoever added the extension to the name typed. */
class SaveAsTest {
    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentViewModel doc = new DocumentViewModel();
    private FileActions files;
    private Path existing;

    @BeforeEach
    void aReportAndAnotherFileNamedAsItWouldBe() throws Exception {
        files = new FileActions(doc, dialogs, new SameThreadBackground(), new ReportFiles(),
                Settings.load(folder.resolve("config")));
        doc.execute(ReportEdit.of("Title", r -> r.withTitle("Database Vanished")));
        existing = folder.resolve("db.postmortem.json");
        Files.writeString(existing, "someone else's report");
    }

    @Test
    void typingANameWithoutTheExtensionAsksBeforeReplacingTheFileItStandsFor() throws Exception {
        dialogs.saveAnswers.add(folder.resolve("db"));
        dialogs.replaceAnswers.add(false);
        assertThat(files.saveAs().join()).isFalse();
        assertThat(dialogs.asked).containsExactly("save-as", "replace:db.postmortem.json", "save-as");
        assertThat(dialogs.suggestedNames).as("the dialog opens again on the name it stands for")
                .containsExactly("Database Vanished.postmortem.json", "db.postmortem.json");
        assertThat(Files.readString(existing)).isEqualTo("someone else's report");
        assertThat(doc.dirty().get()).isTrue();

        dialogs.asked.clear();
        dialogs.saveAnswers.add(folder.resolve("db"));
        dialogs.replaceAnswers.add(true);
        assertThat(files.saveAs().join()).isTrue();
        assertThat(dialogs.asked).containsExactly("save-as", "replace:db.postmortem.json");
        assertThat(Files.readString(existing)).contains("\"title\": \"Database Vanished\"");
        assertThat(doc.file().get()).isEqualTo(existing);
    }

    @Test
    void aNameTheDialogAlreadyAskedAboutOrANewFileIsNotAskedAgain() {
        dialogs.saveAnswers.add(existing);
        assertThat(files.saveAs().join()).isTrue();
        dialogs.saveAnswers.add(folder.resolve("fresh"));
        doc.execute(SummaryEdits.startedAt(Instant.parse("2024-06-10T11:00:00Z")));
        assertThat(files.saveAs().join()).isTrue();
        assertThat(dialogs.asked).containsExactly("save-as", "save-as");
        assertThat(folder.resolve("fresh.postmortem.json")).exists();
    }

    @Test
    void exportsGetTheirExtension() {
        assertThat(FileNames.withExportExtension(Path.of("out"), "pdf")).isEqualTo(Path.of("out.pdf"));
        assertThat(FileNames.withExportExtension(Path.of("out.PDF"), "pdf")).isEqualTo(Path.of("out.PDF"));
        assertThat(FileNames.withExportExtension(Path.of("notes.txt"), "md")).isEqualTo(Path.of("notes.txt.md"));
        assertThat(FileNames.withExportExtension(Path.of("notes.markdown"), "md")).isEqualTo(Path.of("notes.markdown"));
        assertThat(FileNames.withExportExtension(Path.of(".md"), "md")).isEqualTo(Path.of(".md.md"));
        assertThat(FileNames.withExtension(Path.of("db"))).isEqualTo(Path.of("db.postmortem.json"));
    }
}
