package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** The Markdown export, read back with the same CommonMark parser a wiki would use. */
class MarkdownExporterTest {
    private static final Report EXAMPLE = ExportTesting.report(Fixtures.EXAMPLE);
    private static final Report HEAVY = ExportTesting.report(ExportTesting.MARKDOWN_HEAVY);

    @Test
    void theExampleHasAHeadingPerSectionAndTheSummaryBlock() {
        String md = ExportTesting.markdown(EXAMPLE).markdown();
        assertThat(headings(md)).containsExactly("1 Database Vanished", "2 Issue Summary", "2 Timeline",
                "2 Root Cause", "2 Resolution and Recovery", "2 Corrective and Preventative Measures",
                "3 Action items", "2 Closing Remarks");
        assertThat(md).contains("Postmortem **INC-2024-0610** · **SEV1** · Final · Internal",
                "- **Window:** 10 Jun 2024 11:00–13:00 UTC", "- **Duration:** 2 h 00 min",
                "**Time to detect:** 0 min · **Time to respond:** 5 min · **Time to mitigate:** 1 h 30 min",
                "- **Users affected:** 100 %", "- **Action items:** 4 open · 0 in progress · 0 done",
                "  - P1 Update access controls (no owner, no due date)",
                "Times in UTC. 🟥 Detection · 🟧 Response");
    }

    @Test
    void theTimelineIsATableWithOneRowPerEventAndTheEventTextIntact() {
        for (Report report : List.of(EXAMPLE, HEAVY)) {
            List<List<String>> rows = tables(ExportTesting.markdown(report).markdown()).get(0);
            assertThat(rows.get(0)).containsExactly("When", "Kind", "Event");
            assertThat(rows).hasSize(report.timeline().size() + 1);
            for (int i = 0; i < report.timeline().size(); i++) {
                TimelineEntry entry = report.timeline().get(i);
                assertThat(rows.get(i + 1)).hasSize(3);
                String expected = PdfInline.plainText(Markdown.parseInline(entry.text())).replace('\n', ' ');
                assertThat(rows.get(i + 1).get(2)).endsWith(expected);
                assertThat(rows.get(i + 1).get(1)).contains(entry.kind().label());
            }
        }
    }

    @Test
    void pipesAndNewlinesInCellsAreEscaped() {
        String md = ExportTesting.markdown(HEAVY).markdown();
        // GFM takes one backslash off every escaped pipe of a row before reading the cell: \\| is a pipe again.
        assertThat(md).contains("| Alert `job_lag > 30m` fired \\\\| paged **on-call** |",
                "_(misleading)_ Suspected the *database*; restarted it \\<b\\>for nothing\\</b\\> |",
                "**Replace cron \\\\| flock with `systemd` timers**<br>Steps:<br><br>1. Write the unit<br>2. Test it",
                "Line one<br>line two (soft break)");
        List<List<String>> actions = tables(md).get(tables(md).size() - 1);
        assertThat(actions).hasSize(HEAVY.measures().actionItems().size() + 1);
        assertThat(actions.get(1).get(1)).startsWith("Replace cron | flock with systemd timers");
        assertThat(actions.get(1)).containsSequence("Ada Lovelace", "2025-02-01", "Open", "Prevent");
    }

    @Test
    void rawHtmlStaysTextAndUnsafeLinksAreNotLinks() {
        String md = ExportTesting.markdown(HEAVY).markdown();
        Node doc = Markdown.parseBlock(md);
        List<String> links = new ArrayList<>();
        List<String> html = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(HtmlInline node) {
                if (!node.getLiteral().equals("<br>")) {
                    html.add(node.getLiteral());
                }
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node.getLiteral());
            }
        });
        assertThat(html).as("only the <br> of table cells is HTML").isEmpty();
        assertThat(links).isNotEmpty().allSatisfy(d -> assertThat(Markdown.isSafeLink(d)).as(d).isTrue());
        assertThat(md).contains("A bad link must not be clickable, nor this one.",
                "\\<div class=\"warning\"\\>\\<script\\>", "javascript:alert(1)");
    }

    @Test
    void headingsInsideFieldsGoBelowTheSectionHeading() {
        assertThat(headings(ExportTesting.markdown(HEAVY).markdown())).containsSubsequence("2 Root Cause",
                "3 What went wrong", "4 Sequence", "5 Details of the lock", "6 Raw HTML stays text",
                "2 Resolution and Recovery");
    }

    @Test
    void aBlankReportSaysWhatIsNotWritten() {
        String md = ExportTesting.markdown(Report.blank()).markdown();
        assertThat(md).startsWith("# Untitled postmortem\n").contains("- **Window:** not set",
                "## Timeline\n\n_Not written yet._", "## Root Cause\n\n_Not written yet._", "_None yet._");
        assertThat(md).doesNotContain("Closing Remarks");
    }

    private static List<String> headings(String md) {
        List<String> out = new ArrayList<>();
        Markdown.parseBlock(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(heading.getLevel() + " " + PdfInline.plainText(heading));
            }
        });
        return out;
    }

    /** Every GFM table of the document, as rows of cell texts. */
    private static List<List<List<String>>> tables(String md) {
        List<List<List<String>>> out = new ArrayList<>();
        Markdown.parseBlock(md).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    List<List<String>> rows = new ArrayList<>();
                    collectRows(block, rows);
                    out.add(rows);
                }
            }
        });
        return out;
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(PdfInline.plainText((TableCell) cell).strip());
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }
}
