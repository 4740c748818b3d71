package dev.hindsight.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ReportEdit;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.SavedReport;
import dev.hindsight.model.Report;
import dev.hindsight.testing.ManualBackground;
import dev.hindsight.testing.ScriptedDialogs;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick Ctrl+S presses, stepped through deterministically: saves of one report run one at a
 * time, so none mistakes the previous one's write for somebody else's change, and the file's
 * fingerprint always matches what is on disk.
 */
class SaveQueueTest {
    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualBackground background = new ManualBackground();
    private final DocumentViewModel doc = new DocumentViewModel();
    private FileActions files;
    private Path file;

    @BeforeEach
    void anOpenReport() throws Exception {
        file = folder.resolve("db.postmortem.json");
        SavedReport written = new ReportFiles().saveTracked(Report.blank().withTitle("A"), null, file);
        doc.opened(written.report(), file, List.of(), written.fingerprint());
        files = new FileActions(doc, dialogs, background, new ReportFiles(), Settings.load(folder.resolve("config")));
    }

    private void title(String title) {
        doc.execute(ReportEdit.of("Title", r -> r.withTitle(title)));
    }

    @Test
    void threeQuickSavesWriteTwiceOneAfterTheOtherWithoutAFalseConflict() throws Exception {
        title("B");
        CompletableFuture<Boolean> first = files.save();
        title("C");
        CompletableFuture<Boolean> second = files.save();
        CompletableFuture<Boolean> third = files.save();
        assertThat(background.waiting()).as("the second save waits for the first").isEqualTo(1);
        assertThat(third).as("a Save asked for while one waits joins it").isSameAs(second);

        background.runNext();
        assertThat(first).isCompletedWithValue(true);
        assertThat(doc.dirty().get()).as("C is not saved yet").isTrue();
        assertThat(background.waiting()).as("now the second one runs").isEqualTo(1);
        background.runNext();
        assertThat(second).isCompletedWithValue(true);
        assertThat(background.waiting()).isZero();

        assertThat(dialogs.asked).as("no save took the other's write for someone else's").isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readString(file)).contains("\"title\": \"C\"");
        assertThat(doc.dirty().get()).isFalse();
        assertThat(doc.fingerprint().changedOnDisk(file)).as("the fingerprint is the file's").isFalse();
    }

    @Test
    void aSaveAsAskedForWhileASaveRunsWaitsForIt() throws Exception {
        title("B");
        CompletableFuture<Boolean> save = files.save();
        Path copy = folder.resolve("copy.postmortem.json");
        dialogs.saveAnswers.add(copy);
        CompletableFuture<Boolean> saveAs = files.saveAs();
        assertThat(dialogs.asked).as("the dialog waits too").isEmpty();
        background.runNext();
        assertThat(save).isCompletedWithValue(true);
        assertThat(dialogs.asked).containsExactly("save-as");
        background.runNext();
        assertThat(saveAs).isCompletedWithValue(true);
        assertThat(doc.file().get()).isEqualTo(copy);
        assertThat(Files.readString(copy)).contains("\"title\": \"B\"");
        assertThat(doc.fingerprint().changedOnDisk(copy)).isFalse();
    }

    @Test
    void aSaveThatDoesNotHappenDoesNotStopTheNextOne() throws Exception {
        title("B");
        CompletableFuture<Boolean> first = files.save();
        title("C");
        CompletableFuture<Boolean> second = files.save();
        Files.writeString(file, Files.readString(file).replace("\"A\"", "\"theirs\""));
        dialogs.conflicts.add(dev.hindsight.ui.dialogs.ConflictChoice.CANCEL);
        dialogs.conflicts.add(dev.hindsight.ui.dialogs.ConflictChoice.OVERWRITE);
        background.runNext();
        assertThat(first).isCompletedWithValue(false);
        assertThat(dialogs.asked).containsExactly("conflict:db.postmortem.json");
        background.runNext();
        background.runNext();
        assertThat(second).isCompletedWithValue(true);
        assertThat(dialogs.asked).containsExactly("conflict:db.postmortem.json", "conflict:db.postmortem.json");
        assertThat(Files.readString(file)).contains("\"title\": \"C\"");
        assertThat(doc.fingerprint().changedOnDisk(file)).isFalse();
    }
}
