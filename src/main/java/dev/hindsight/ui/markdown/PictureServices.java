package dev.hindsight.ui.markdown;

import dev.hindsight.model.Report;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Background;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The pictures of one window's report, for its Markdown fields: the report they are looked up
 * in, the preview's decoded copies, and where picture input asks questions, does its work and
 * starts choosing files.
 */
public final class PictureServices {
    private final Supplier<Report> report;
    private final DialogService dialogs;
    private final Background background;
    private final Supplier<Path> folder;
    private final PreviewPictures preview;

    public PictureServices(Supplier<Report> report, DialogService dialogs, Background background, Supplier<Path> folder) {
        this.report = report;
        this.dialogs = dialogs;
        this.background = background;
        this.folder = folder;
        this.preview = new PreviewPictures(report);
    }

    Report report() {
        return report.get();
    }

    DialogService dialogs() {
        return dialogs;
    }

    Background background() {
        return background;
    }

    Path folder() {
        return folder.get();
    }

    PreviewPictures preview() {
        return preview;
    }
}
