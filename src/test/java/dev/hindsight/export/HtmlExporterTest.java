package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML export read back with an HTML parser, as a browser or a wiki would see it. */
class HtmlExporterTest {
    static String html(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().export(report, out, ExportOptions.defaults(), ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Report example() throws Exception {
        return new dev.hindsight.format.ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
    }

    @Test
    void theExampleHasEverySectionInThePdfsOrderWithItsTablesAndNothingLoadedFromOutside() throws Exception {
        Document doc = Jsoup.parse(html(example()));
        assertThat(doc.select("h1").text()).isEqualTo("Database Vanished");
        assertThat(doc.select("h2").eachText()).containsExactly("Issue Summary", "Timeline", "Root Cause",
                "Resolution and Recovery", "Corrective and Preventative Measures", "Closing Remarks");
        assertThat(doc.select("h3").eachText()).containsExactly("Action items");
        assertThat(doc.select("table.timeline tbody tr")).hasSize(11);
        Element misleading = doc.select("table.timeline tbody tr").get(3);
        assertThat(misleading.hasClass("misleading")).isTrue();
        assertThat(misleading.select("td").eachText()).containsExactly("2024-06-10 11:15", "\u25B2 Misleading",
                "Checked for potential network issues, suspected a data breach.");
        assertThat(doc.select("table.actions tbody tr")).hasSize(4);
        assertThat(doc.select("table.actions tbody tr").get(0).select("td").eachText())
                .containsExactly("P1", "Update access controls Prevent Review and update user permissions to restrict "
                        + "access to critical database commands.", "\u2014", "\u2014", "Open");
        assertThat(doc.select("#summary th").eachText()).containsExactly("Window", "Figures", "Users affected",
                "Impact", "Root cause", "Action items");
        assertThat(doc.select("#summary td").get(0).text()).isEqualTo("10 Jun 2024 11:00\u201313:00 UTC");
        assertThat(doc.select("#root-cause code").text()).isEqualTo("DROP DATABASE");
        assertThat(doc.select("#resolution ol li")).hasSize(4);
        // Self-contained: no external stylesheet, script, image or frame.
        assertThat(doc.select("link, script, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("style").html()).contains("@media print").contains("@page{size:A4");
        // LibreOffice sets headings and cells in its own serif font unless told, and needs column widths to keep
        // "● Investigation" on one line.
        assertThat(doc.select("style").html()).contains("h1,h2,h3,h4,h5,h6,th,td{font-family:\"DejaVu Sans\"");
        assertThat(doc.select("table.timeline col").eachAttr("width")).containsExactly("18%", "21%", "61%");
        assertThat(doc.select("table.actions col")).hasSize(5);
        // Without the attribute LibreOffice shrinks a table with column widths to a third of the page.
        assertThat(doc.select("table").eachAttr("width")).containsOnly("100%").hasSize(3);
    }

    @Test
    void rawHtmlInTheReportIsShownAsTextAndOnlyWebAndMailLinksAreLinks() throws Exception {
        Report report = Report.blank().withTitle("<script>alert(1)</script>")
                .withRootCause("<img src=x onerror=alert(1)>\n\nSee <b>this</b>, [ok](https://example.com/a?b=1&c=2), "
                        + "[bad](javascript:alert(1)), [file](file:///etc/passwd), [mail](mailto:a@b.c) and "
                        + "![graph](https://example.com/g.png)")
                .withMeasures(dev.hindsight.model.Measures.EMPTY.withActionItems(List.of(ActionItem.blank()
                        .withTitle("<i>x</i>").withLink("javascript:alert(2)").withPriority(Priority.P0))));
        String html = html(report);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, b, i")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.select("#root-cause").text()).contains("<img src=x onerror=alert(1)>").contains("<b>this</b>");
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://example.com/a?b=1&c=2",
                "mailto:a@b.c", "https://example.com/g.png");
        assertThat(doc.select("#root-cause").text()).contains("bad").contains("file").endsWith("and graph");
        assertThat(doc.select("table.actions").text()).contains("<i>x</i>").contains("javascript:alert(2)");
        assertThat(html).doesNotContain("src=\"https://example.com/g.png\"");
    }

    @Test
    void rightToLeftTextIsMarkedForTheBrowserToSetItsDirection() throws Exception {
        Report report = Report.blank().withRootCause("\u05D4\u05E9\u05E8\u05EA \u05E0\u05E4\u05DC.\n\n"
                + "\u0627\u0644\u062E\u0627\u062F\u0645 \u062A\u0648\u0642\u0641.");
        Document doc = Jsoup.parse(html(report));
        assertThat(doc.select("#root-cause p")).hasSize(2).allSatisfy(p -> assertThat(p.attr("dir")).isEqualTo("auto"));
    }

    @Test
    void aSectionCopiedAsRichTextHoldsOnlyThatSection() throws Exception {
        String timeline = HtmlExporter.fragment(example(), ReportPart.TIMELINE);
        Document doc = Jsoup.parse(timeline);
        assertThat(doc.select("h2").eachText()).containsExactly("Timeline");
        assertThat(doc.select("tbody tr")).hasSize(11);
        String whole = HtmlExporter.fragment(example(), ReportPart.WHOLE);
        assertThat(Jsoup.parse(whole).select("h2")).hasSize(6);
    }
}
