package dev.hindsight.input.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Import of existing postmortems: a Markdown, text, HTML or Word file, or pasted text, read
 * into a report through one section reader ({@link ReportImporter}); the images it refers to are
 * handed to the {@link PictureHook}. Refusals ({@link ImportRefusedException}) say why in words.
 */
public final class Importer {
    private static final Logger LOG = Logger.getLogger(Importer.class.getName());

    private final PictureHook pictures;

    /** The importer of {@code hindsight import} and File ▸ Import: it brings the document's pictures in ({@link FolderPictures}). */
    public Importer() {
        this(new FolderPictures());
    }

    public Importer(PictureHook pictures) {
        this.pictures = pictures;
    }

    /** The kinds of file import reads, by name: what a file chooser offers. */
    public static final List<String> EXTENSIONS = List.of("md", "markdown", "txt", "text", "html", "htm", "docx");

    public ImportResult importFile(Path file) throws ImportRefusedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long started = System.nanoTime();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportRefusedException(name + " is a folder: import a Markdown, text, HTML or Word file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ImportRefusedException(name + " is not a file but a device, pipe or socket: import a "
                        + "Markdown, text, HTML or Word file");
            }
            if (dev.hindsight.format.ReportFiles.isReport(file)) {
                throw new ImportRefusedException(name + " is already a Hindsight report: open it (or check it with "
                        + "hindsight validate) instead of importing it");
            }
            long size = Files.size(file);
            DocumentText.checkSize(size, name, extension(name).equals("docx") ? DocxBlocks.MAX_BYTES
                    : DocumentText.MAX_BYTES);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportRefusedException(name + ": no such file", e);
        } catch (IOException e) {
            throw new ImportRefusedException(name + " could not be read: " + e.getMessage(), e);
        }
        List<Block> blocks;
        String note = null;
        switch (extension(name)) {
            case "docx":
                blocks = DocxBlocks.read(bytes, name);
                break;
            case "html":
            case "htm":
                DocumentText.Decoded html = DocumentText.decode(bytes, name);
                note = html.note();
                blocks = HtmlBlocks.read(html.text());
                break;
            default:
                DocumentText.Decoded text = DocumentText.decode(bytes, name);
                note = text.note();
                blocks = looksLikeHtml(text.text()) ? HtmlBlocks.read(text.text())
                        : MarkdownBlocks.read(text.text(), !extension(name).startsWith("m") || !looksLikeMarkdown(text.text()));
                break;
        }
        ImportResult result = finish(blocks, note, file.toAbsolutePath().getParent());
        LOG.info(() -> String.format(Locale.ROOT, "imported %s: %,d bytes, %d timeline events, %d action items, "
                + "%d notes in %d ms", file, bytes.length, result.report().timeline().size(),
                result.report().measures().actionItems().size(), result.notes().size(),
                (System.nanoTime() - started) / 1_000_000));
        return result;
    }

    /** Pasted text (Markdown, plain text, or the HTML a browser copies) as a report. */
    public ImportResult importText(String text) throws ImportRefusedException {
        if (text == null || text.isBlank()) {
            throw new ImportRefusedException("there is no text to import: paste a postmortem first");
        }
        if (text.length() > DocumentText.MAX_BYTES) {
            throw new ImportRefusedException(String.format(Locale.ROOT, "the pasted text is too long to be a "
                    + "postmortem (%,d characters; at most %,d)", text.length(), DocumentText.MAX_BYTES));
        }
        List<Block> blocks = looksLikeHtml(text) ? HtmlBlocks.read(text) : MarkdownBlocks.read(text, !looksLikeMarkdown(text));
        return finish(blocks, null, null);
    }

    private ImportResult finish(List<Block> blocks, String decodingNote, Path folder) {
        ImportResult result = ReportImporter.read(blocks);
        List<String> notes = new ArrayList<>();
        if (decodingNote != null) {
            notes.add(decodingNote);
        }
        PictureHook.Outcome outcome = pictures.bring(result.report(), result.images(), folder);
        notes.addAll(outcome.notes());
        return result.withReport(outcome.report(), notes);
    }

    /** Markdown headings or tables: then line breaks inside a paragraph are Markdown's, not the page's. */
    private static boolean looksLikeMarkdown(String text) {
        return java.util.regex.Pattern.compile("(?m)^(#{1,6} \\S|\\|.*\\|\\h*$|={3,}\\h*$|-{3,}\\h*$)").matcher(text).find();
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<meta")
                || head.startsWith("<body");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Where {@code hindsight import} writes by default: {@code NAME.postmortem.json} beside the document. */
    public static Path defaultTarget(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return document.resolveSibling(base + ".postmortem.json");
    }
}
