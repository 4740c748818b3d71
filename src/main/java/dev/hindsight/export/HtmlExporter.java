package dev.hindsight.export;

import dev.hindsight.Version;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as one self-contained HTML file: its styles inside, nothing loaded from elsewhere,
 * the same content in the same order as the PDF, print styles for paper, and tables and headings
 * that keep their shape when pasted into Confluence, Google Docs or a mail. Raw HTML written in
 * the report is shown as text, never interpreted; links go only to http, https and mailto.
 */
public final class HtmlExporter implements ReportExporter {
    private static final String STYLE = """
            body{font-family:"DejaVu Sans","Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:50em;\
            margin:2em auto;padding:0 1.5em;line-height:1.45;font-size:11pt}
            h1,h2,h3,h4,h5,h6,th,td{font-family:"DejaVu Sans","Segoe UI",Helvetica,Arial,sans-serif}
            h1{font-size:22pt;margin:.2em 0 .1em}h2{font-size:15pt;margin:1.6em 0 .4em;border-bottom:1px solid #d0d7de}\
            h3{font-size:12.5pt;margin:1.2em 0 .3em}h4,h5,h6{font-size:11pt}
            .kicker{color:#57606a;font-weight:bold;font-size:9pt;letter-spacing:.05em;margin:0}
            .badge{color:#fff;font-weight:bold;font-size:9pt;padding:.1em .45em;border-radius:3px}
            .status{font-weight:bold;font-size:9pt;color:#57606a}.byline{color:#57606a;margin-top:0}
            .glance{background:#f6f8fa;border:1px solid #d0d7de;padding:.6em 1em;margin:1em 0}
            .glance h2{border:0;margin-top:.2em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.3em .5em;\
            text-align:start;vertical-align:top}th{background:#eef1f4}
            table.facts th{width:9em;background:none;color:#57606a;font-weight:normal}
            tr.misleading td{background:#FFF6D5;font-style:italic}.kind{white-space:nowrap}.when{white-space:nowrap}
            .muted,.note{color:#57606a}.note{font-size:9pt}.image-placeholder{font-style:italic;color:#57606a}\
            figure.picture{margin:.6em 0 1em}figure.picture img{max-width:100%;height:auto}\
            figcaption{font-style:italic;font-size:9pt;color:#57606a;margin-top:.3em}
            code,pre{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:9.5pt;background:#f6f8fa}
            pre{padding:.6em;overflow-x:auto;white-space:pre-wrap}blockquote{border-left:3px solid #d0d7de;margin-left:0;\
            padding-left:1em;color:#57606a}
            @page{size:PAGE_SIZE;margin:18mm 16mm}
            @media print{body{margin:0;max-width:none;font-size:10pt}h2,h3{break-after:avoid}tr,.glance{break-inside:avoid}\
            thead{display:table-header-group}a{color:inherit}\
            figure.picture{break-inside:avoid}figure.picture img{width:auto;max-height:22cm}}
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public ExportResult export(Report report, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException {
        progress.update(0);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = HtmlProse.escape(report.title().isBlank() ? "Untitled postmortem" : report.title());
        writer.write("<!DOCTYPE html>\n<html" + (report.language().isBlank() ? ""
                : " lang=\"" + HtmlProse.escape(report.language()) + "\"") + ">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Hindsight " + HtmlProse.escape(Version.get()) + "\">\n"
                + "<title>" + title + "</title>\n<style>\n"
                + STYLE.replace("PAGE_SIZE", options.pageSize() == PageSize.LETTER ? "letter" : "A4")
                + "</style>\n</head>\n<body>\n<article>\n");
        new HtmlSections(report, writer).write(ReportPart.WHOLE, progress);
        writer.write("</article>\n</body>\n</html>\n");
        writer.flush();
        progress.update(1);
        return new ExportResult(0, List.of());
    }

    /**
     * A part of the report as an HTML fragment for the clipboard (Copy as Rich Text): the same
     * markup as the file, with the few styles a paste keeps written on the elements.
     */
    public static String fragment(Report report, ReportPart part) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            new HtmlSections(report, out).write(part, ExportProgress.NONE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "<div style=\"font-family:Helvetica,Arial,sans-serif\">" + out + "</div>";
    }
}
