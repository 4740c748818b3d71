package dev.hindsight.ui.library;

import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportResult;
import dev.hindsight.export.IncidentReviewPdf;
import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.format.IoMessages;
import dev.hindsight.library.LibraryCsv;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.Quarter;
import dev.hindsight.library.QuarterReview;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Background;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The library view's exports: the "incident review" PDF of a quarter and the table as CSV, each
 * of the reports shown (filters and search applied), written atomically in the background.
 */
final class LibraryExports {
    private final LibraryViewModel vm;
    private final DialogService dialogs;
    private final Background background;
    private final Consumer<Path> openFile;
    private final ExportOptions options;

    LibraryExports(LibraryViewModel vm, DialogService dialogs, Background background, Consumer<Path> openFile,
                   ExportOptions options) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.background = background;
        this.openFile = openFile;
        this.options = options;
    }

    void reviewPdf() {
        List<LibraryEntry> view = List.copyOf(vm.rows());
        dialogs.chooseQuarter(QuarterReview.quartersOf(view)).ifPresent(quarter -> {
            String name = vm.folder().getFileName() == null ? "library" : vm.folder().getFileName().toString();
            dialogs.chooseExportTarget(vm.folder(), "incident-review-" + quarter + ".pdf", "PDF").ifPresent(target ->
                    run("Exporting the incident review", target, () -> {
                        QuarterReview review = QuarterReview.of(name, view, quarter, vm.today());
                        ExportResult[] result = new ExportResult[1];
                        new AtomicFileWriter().write(target, out -> result[0] = new IncidentReviewPdf().export(review,
                                out, options));
                        return result[0].pages() + (result[0].pages() == 1 ? " page" : " pages")
                                + (result[0].hasMissingCharacters() ? "\n\n" + result[0].describeMissing() : "");
                    }));
        });
    }

    void csv() {
        List<LibraryEntry> view = List.copyOf(vm.rows());
        dialogs.chooseExportTarget(vm.folder(), "library.csv", "CSV").ifPresent(target ->
                run("Exporting the library as CSV", target, () -> {
                    new AtomicFileWriter().write(target, out -> {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        LibraryCsv.write(view, writer);
                        writer.flush();
                    });
                    return view.size() + (view.size() == 1 ? " report" : " reports");
                }));
    }

    private interface Work {
        String run() throws IOException;
    }

    private void run(String activity, Path target, Work work) {
        background.submit(activity, work::run).whenComplete((what, failure) -> {
            if (failure == null) {
                if (dialogs.offerToOpen("Exported " + target.getFileName(), target + ": " + what, false)) {
                    openFile.accept(target);
                }
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            dialogs.showError("The export could not be written", target + ": " + (cause instanceof IOException io
                    ? IoMessages.describe(io) : String.valueOf(cause)));
        });
    }

    /** The quarter to suggest: the latest the view has reports in. */
    static Quarter latest(List<LibraryEntry> view) {
        List<Quarter> quarters = QuarterReview.quartersOf(view);
        return quarters.isEmpty() ? null : quarters.get(0);
    }
}
