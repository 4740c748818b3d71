package dev.hindsight.ui.window;

import dev.hindsight.input.importing.ImportRefusedException;
import dev.hindsight.input.importing.ImportResult;
import dev.hindsight.input.importing.Importer;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Background;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * File ▸ Import… and Import Pasted Text… for one window: read the document off the UI thread,
 * show where each part goes, then open the report unsaved, titled "Imported from …".
 */
public final class ImportActions {
    private static final Logger LOG = Logger.getLogger(ImportActions.class.getName());

    private final FileActions files;
    private final DialogService dialogs;
    private final Background background;
    private final Settings settings;
    private final Importer importer = new Importer();

    public ImportActions(FileActions files, DialogService dialogs, Background background, Settings settings) {
        this.files = files;
        this.dialogs = dialogs;
        this.background = background;
        this.settings = settings;
    }

    public CompletableFuture<Boolean> importFile() {
        Path folder = settings.lastFolder().orElse(Path.of(System.getProperty("user.home")));
        return dialogs.chooseDocumentToImport(folder).map(this::importFile)
                .orElse(CompletableFuture.completedFuture(false));
    }

    /** Imports {@code document}: read in the background, previewed, then shown. */
    public CompletableFuture<Boolean> importFile(Path document) {
        String name = document.getFileName().toString();
        return background.submit("Importing " + name, () -> importer.importFile(document))
                .handle((result, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        if (!(cause instanceof ImportRefusedException)) {
                            LOG.log(Level.WARNING, "import of " + document + " failed", cause);
                        }
                        dialogs.showError("This document cannot be imported", cause instanceof ImportRefusedException
                                ? cause.getMessage() : document + ": " + cause);
                        return CompletableFuture.completedFuture(false);
                    }
                    return preview("Import " + name, result, null, name);
                })
                .thenCompose(f -> f);
    }

    /** Opens the import dialog to paste a postmortem into. */
    public CompletableFuture<Boolean> importPasted() {
        return preview("Import Pasted Text", null, importer::importText, "pasted text");
    }

    private CompletableFuture<Boolean> preview(String title, ImportResult result, DialogService.ImportSource source,
                                               String origin) {
        return dialogs.previewImport(title, result, source)
                .map(accepted -> files.showImported(accepted.report(), origin))
                .orElse(CompletableFuture.completedFuture(false));
    }
}
