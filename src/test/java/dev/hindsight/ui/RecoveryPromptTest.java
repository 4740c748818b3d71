package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.SavedReport;
import dev.hindsight.model.Report;
import dev.hindsight.recovery.RecoverySession;
import dev.hindsight.recovery.RecoveryStore;
import dev.hindsight.testing.ManualBackground;
import dev.hindsight.testing.ScriptedDialogs;
import dev.hindsight.ui.dialogs.RecoveryChoice;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery prompt reads and hashes files in the background, never on the UI thread. */
class RecoveryPromptTest {
    @TempDir
    Path home;

    @Test
    void whetherTheOriginalChangedIsFoundInTheBackgroundNotWhenTheQuestionIsAsked() throws Exception {
        Path original = home.resolve("db.postmortem.json");
        SavedReport saved = new ReportFiles().saveTracked(Report.blank().withTitle("Database Vanished"), null, original);
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        RecoverySession crashed = store.startSession();
        crashed.save(crashed.newDocumentId(), saved.report().withTitle("Database Vanished (unsaved)"), original,
                saved.fingerprint(), Instant.now());
        crashed.closeKeepingCopies();

        ManualBackground background = new ManualBackground();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        AppContext app = new AppContext(Settings.load(home.resolve("config")), background, new ReportFiles(),
                url -> { }, owner -> dialogs);
        app.useRecovery(store.startSession());
        dialogs.recoveries.add(RecoveryChoice.DISCARD);
        new RecoveryPrompt(app).offer((javafx.stage.Window) null);

        Runnable askOnTheUiThread = background.runNextWork();
        // The file changes after the background looked at it: the question shows what the background found.
        Files.writeString(original, Files.readString(original).replace("Database Vanished", "Theirs, longer title"));
        askOnTheUiThread.run();
        assertThat(dialogs.recoveryOffers).singleElement().asString()
                .isEqualTo("Database Vanished (unsaved) | " + original + " | readable");

        assertThat(background.names()).as("the discard runs in the background too")
                .containsExactly("Discarding a recovered report");
        background.runNext();
        assertThat(app.recovery().orphans()).isEmpty();
    }
}
