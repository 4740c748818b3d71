package dev.hindsight.ui.window;

import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.HtmlExporter;
import dev.hindsight.export.MarkdownExporter;
import dev.hindsight.export.ReportPart;
import dev.hindsight.input.TimelineText;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Edit ▸ Copy as Rich Text: a section or the whole report on the clipboard as HTML (what a mail
 * or a document keeps when pasted: headings, tables, bold) and as plain text for the rest.
 */
final class RichTextCopy {
    private RichTextCopy() {
    }

    static void copy(Report report, ReportPart part) {
        ClipboardContent content = new ClipboardContent();
        content.putHtml(HtmlExporter.fragment(report, part));
        content.putString(plain(report, part));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The part as plain text: the Markdown export for the whole report, the section's own text otherwise. */
    static String plain(Report report, ReportPart part) {
        switch (part) {
            case SUMMARY:
                return "Impact:\n" + report.summary().impact() + "\n\nRoot cause:\n" + report.summary().rootCause();
            case TIMELINE:
                return TimelineText.copy(report.timeline(), report.zone());
            case ROOT_CAUSE:
                return report.rootCause();
            case RESOLUTION:
                return report.resolution();
            case MEASURES:
                StringBuilder sb = new StringBuilder(report.measures().improvements());
                for (ActionItem item : report.measures().actionItems()) {
                    sb.append(sb.length() == 0 ? "" : "\n").append("- ").append(item.title());
                }
                return sb.toString();
            case WHOLE:
            default:
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    new MarkdownExporter().export(report, out, ExportOptions.defaults(), ExportProgress.NONE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toString(StandardCharsets.UTF_8);
        }
    }
}
