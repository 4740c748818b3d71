package dev.hindsight.ui.window;

import dev.hindsight.export.DocxExporter;
import dev.hindsight.export.ExportFiles;
import dev.hindsight.export.HtmlExporter;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportResult;
import dev.hindsight.export.MarkdownExporter;
import dev.hindsight.export.PageSize;
import dev.hindsight.export.PdfExporter;
import dev.hindsight.export.ReportExporter;
import dev.hindsight.format.IoMessages;
import dev.hindsight.model.Report;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Background;
import dev.hindsight.ui.support.Settings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Export PDF and Export Markdown for one window: choose where, export off the UI thread with
 * progress and a way to cancel, then offer to open the result and say which characters no
 * font could show. The file is written whole or not at all.
 */
public final class ExportActions {
    public static final String PAGE_SIZE_KEY = "pdf.pageSize";
    public static final String EMBED_PICTURES_KEY = "markdown.embedPictures";

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final Background background;
    private final Settings settings;
    private final Consumer<Path> openFile;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ObjectProperty<PageSize> pageSize = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty embedPictures = new javafx.beans.property.SimpleBooleanProperty();
    /** Whether exports hold the review comments: off in every new window, so none leaks out unasked. */
    private final javafx.beans.property.BooleanProperty comments = new javafx.beans.property.SimpleBooleanProperty();
    private CompletableFuture<ExportResult> running;

    public ExportActions(DocumentViewModel doc, DialogService dialogs, Background background, Settings settings,
                         Consumer<Path> openFile) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.background = background;
        this.settings = settings;
        this.openFile = openFile;
        pageSize.set(savedPageSize(settings));
        pageSize.addListener((o, a, b) -> settings.put(PAGE_SIZE_KEY, b.name()));
        embedPictures.set(Boolean.parseBoolean(settings.get(EMBED_PICTURES_KEY, "false")));
        embedPictures.addListener((o, a, b) -> settings.put(EMBED_PICTURES_KEY, Boolean.toString(b)));
    }

    /** Whether a Markdown export holds its pictures itself (one file) rather than in a folder beside it; remembered. */
    public javafx.beans.property.BooleanProperty embedPictures() {
        return embedPictures;
    }

    private static PageSize savedPageSize(Settings settings) {
        try {
            return PageSize.valueOf(settings.get(PAGE_SIZE_KEY, PageSize.forLocale(Locale.getDefault()).name()));
        } catch (IllegalArgumentException e) {
            return PageSize.forLocale(Locale.getDefault());
        }
    }

    /** The paper of PDF exports, remembered; first the paper of the user's country. */
    public ObjectProperty<PageSize> pageSize() {
        return pageSize;
    }

    /** Whether the next exports include the review comments (File ▸ Include Comments in Exports). */
    public javafx.beans.property.BooleanProperty comments() {
        return comments;
    }

    /** How far the running export is, 0 to 1, or -1 when none runs. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public CompletableFuture<Boolean> exportPdf() {
        return export(new PdfExporter(), "PDF");
    }

    public CompletableFuture<Boolean> exportMarkdown() {
        return export(new MarkdownExporter(), "Markdown");
    }

    public CompletableFuture<Boolean> exportHtml() {
        return export(new HtmlExporter(), "HTML");
    }

    /** Word: Apache POI is loaded here, the first time, not at start-up. */
    public CompletableFuture<Boolean> exportWord() {
        return export(new DocxExporter(), "Word");
    }

    public void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private CompletableFuture<Boolean> export(ReportExporter exporter, String kind) {
        if (running != null) {
            return CompletableFuture.completedFuture(false);
        }
        Path file = doc.file().get();
        String name = file != null ? ExportFiles.defaultTarget(file, exporter.extension()).getFileName().toString()
                : FileNames.suggest(doc.current().title()).replace(FileNames.EXTENSION, "." + exporter.extension());
        Path folder = file != null ? file.toAbsolutePath().getParent() : settings.lastFolder().orElse(null);
        return SaveTargets.choose(dialogs, folder, name,
                        (in, suggested) -> dialogs.chooseExportTarget(in, suggested, kind),
                        chosen -> FileNames.withExportExtension(chosen, exporter.extension()))
                .map(target -> isTheReport(target) ? refuseReport(kind, target)
                        : run(exporter, kind, doc.current(), target))
                .orElse(CompletableFuture.completedFuture(false));
    }

    private boolean isTheReport(Path target) {
        Path report = doc.file().get();
        return report != null && report.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
    }

    private CompletableFuture<Boolean> refuseReport(String kind, Path target) {
        dialogs.showError("The " + kind + " was not exported", target + " is this report's own file: an export "
                + "never replaces the report. Choose another name.");
        return CompletableFuture.completedFuture(false);
    }

    private CompletableFuture<Boolean> run(ReportExporter exporter, String kind, Report report, Path target) {
        ExportOptions options = new ExportOptions(pageSize.get()).withEmbedPictures(embedPictures.get())
                .withComments(comments.get());
        progress.set(0);
        AtomicLong lastShown = new AtomicLong();
        running = background.submit("Exporting " + kind, () -> new ExportFiles().write(exporter, report, target,
                options, fraction -> {
                    long now = System.nanoTime();
                    if (now - lastShown.get() > 50_000_000L || fraction >= 1) {
                        lastShown.set(now);
                        Platform.runLater(() -> {
                            if (progress.get() >= 0) {
                                progress.set(fraction);
                            }
                        });
                    }
                }));
        return running.handle((result, failure) -> {
            running = null;
            progress.set(-1);
            if (failure == null) {
                String details = target + (result.pages() > 0 ? "\n" + result.pages()
                        + (result.pages() == 1 ? " page" : " pages") : "")
                        + (result.attachments().isEmpty() ? "" : "\n" + result.describeAttachments() + " beside it");
                if (result.hasMissingCharacters()) {
                    details += "\n\nSome characters could not be shown by any font and appear as \u25A1 or \uFFFD:\n"
                            + result.describeMissing();
                }
                if (dialogs.offerToOpen(kind + " exported", details, result.hasMissingCharacters())) {
                    openFile.accept(target);
                }
                return true;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (!(cause instanceof CancellationException || cause instanceof InterruptedIOException)) {
                String why = cause instanceof IOException io ? IoMessages.describe(io) : String.valueOf(cause);
                dialogs.showError("The " + kind + " could not be exported", target + ": " + why
                        + "\n\nNothing was written; the report is unchanged.");
            }
            return false;
        });
    }
}
