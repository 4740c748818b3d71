package dev.hindsight.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How to export: the page size of a PDF (the Markdown export ignores it); where a document
 * that links its pictures finds them: in the folder {@code picturesFolder} beside it
 * ({@code NAME_files}, named by {@link ExportFiles} after the output), or embedded in the
 * document itself when {@code embedPictures}; and whether the review comments go in too (at the
 * end; never unless asked).
 */
public record ExportOptions(PageSize pageSize, boolean embedPictures, String picturesFolder, boolean comments) {
    /** The folder's name when the output's name is not known. */
    public static final String DEFAULT_FOLDER = "report_files";

    public ExportOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(picturesFolder, "picturesFolder");
    }

    public ExportOptions(PageSize pageSize) {
        this(pageSize, false, DEFAULT_FOLDER, false);
    }

    /** A4: what the command line uses, so CI output does not depend on the machine's locale. */
    public static ExportOptions defaults() {
        return new ExportOptions(PageSize.A4);
    }

    /** The application's default: the paper of the user's country. */
    public static ExportOptions forLocale(Locale locale) {
        return new ExportOptions(PageSize.forLocale(locale));
    }

    /** These options with pictures embedded in the document (one file) or linked from a folder beside it. */
    public ExportOptions withEmbedPictures(boolean embed) {
        return new ExportOptions(pageSize, embed, picturesFolder, comments);
    }

    /** These options with the review comments included at the end, or not. */
    public ExportOptions withComments(boolean include) {
        return new ExportOptions(pageSize, embedPictures, picturesFolder, include);
    }

    /** These options for an output written to {@code target}: its pictures go to {@code NAME_files} beside it. */
    public ExportOptions forTarget(Path target) {
        return new ExportOptions(pageSize, embedPictures, picturesFolder(target), comments);
    }

    /** {@code db_files} for {@code db.md}: the output's name without its extension, then {@code _files}. */
    public static String picturesFolder(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "_files";
    }
}
