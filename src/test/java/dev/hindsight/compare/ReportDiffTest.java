package dev.hindsight.compare;

import static dev.hindsight.compare.Sample.base;
import static dev.hindsight.compare.Sample.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Differences in meaning, named by path, as `hindsight diff` lists them. */
class ReportDiffTest {
    private static List<Difference> diff(Report a, Report b) {
        return ReportDiff.between(a, b);
    }

    @Test
    void theSameReportHasNoDifferenceAndNeitherHasItsSavedCopy() {
        assertThat(diff(base(), base())).isEmpty();
        assertThat(diff(base(), Sample.saved(base()))).isEmpty();
    }

    @Test
    void layoutAndFormatVersionAreNoDifference() {
        String compact = "{\"formatVersion\":1,\"format\":\"postmortem-report\",\"title\":\"T\",\"timeline\":"
                + "[{\"text\":\"a\",\"kind\":\"note\",\"at\":null}]}";
        String indented = "{\n  \"format\": \"postmortem-report\",\n  \"formatVersion\": 2,\n  \"title\": \"T\",\n"
                + "  \"timeline\": [ { \"at\": null, \"kind\": \"note\", \"text\": \"a\" } ]\n}\n";
        assertThat(diff(Sample.read(compact), Sample.read(indented))).isEmpty();
    }

    @Test
    void summaryFieldsAreNamedByTheirPathsWithBothValues() {
        Report b = base().withTitle("Database vanished for 45 minutes").withSeverity(null)
                .withSummary(base().summary().withEndedAt(null));
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::change, d -> d.ours().text(),
                        d -> d.theirs().text())
                .containsExactly(
                        tuple("title", Change.CHANGED, "\"Database vanished\"", "\"Database vanished for 45 minutes\""),
                        tuple("severity", Change.CHANGED, "\"SEV2\"", "null"),
                        tuple("summary.endedAt", Change.CHANGED, "\"2024-06-10T11:40:00Z\"", "null"));
    }

    @Test
    void aRowAddedIsNamedByItsPlaceInTheirsAndGoesAfterTheRowBeforeIt() {
        Report b = Sample.timeline(base(), l -> Sample.insert(l, 2, row("11:05", EntryKind.ESCALATION,
                "Database team paged")));
        List<Difference> d = diff(base(), b);
        assertThat(d).extracting(Difference::path, Difference::change).containsExactly(tuple("timeline[2]",
                Change.ADDED));
        assertThat(d.get(0).target()).isEqualTo(2);
        assertThat(d.get(0).ours().text()).isEqualTo("null");
        assertThat(d.get(0).theirs().text())
                .isEqualTo("{\"at\":\"2024-06-10T11:05:00Z\",\"kind\":\"escalation\",\"text\":\"Database team paged\"}");
    }

    @Test
    void aRowRemovedIsNamedByItsPlaceInOurs() {
        Report b = Sample.timeline(base(), l -> Sample.remove(l, 3));
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::change)
                .containsExactly(tuple("timeline[3]", Change.REMOVED));
    }

    @Test
    void anEditedRowIsMatchedByContentNotPositionEvenAfterRowsBeforeItWereAdded() {
        Report b = Sample.timeline(base(), l -> {
            l.set(3, l.get(3).withText("Replica set restored from the previous configuration (by hand)"));
            l.add(0, row("10:50", EntryKind.NOTE, "Configuration change deployed"));
            return l;
        });
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::theirsPath, Difference::change)
                .containsExactly(tuple("timeline[0]", "timeline[0]", Change.ADDED),
                        tuple("timeline[3].text", "timeline[4].text", Change.CHANGED));
    }

    @Test
    void aMovedRowIsOneMoveNotRemovedAndAdded() {
        Report b = Sample.timeline(base(), l -> Sample.move(l, 4, 1));
        List<Difference> d = diff(base(), b);
        assertThat(d).extracting(Difference::path, Difference::change, x -> x.ours().text(), x -> x.theirs().text())
                .containsExactly(tuple("timeline[4]", Change.MOVED, "4", "1"));
        assertThat(d.get(0).target()).isEqualTo(1);
    }

    @Test
    void aRowThatMovedAndChangedIsBoth() {
        Report b = Sample.timeline(base(), l -> {
            Sample.move(l, 0, 4);
            l.set(4, l.get(4).withAt(Sample.at("10:57")));
            return l;
        });
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::change)
                .containsExactly(tuple("timeline[0]", Change.MOVED), tuple("timeline[0].at", Change.CHANGED));
    }

    @Test
    void aRowRewrittenInPlaceAtTheSameTimeIsChangedNotRemovedAndAdded() {
        Report b = Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withText("Looked at the dashboards")));
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::change)
                .containsExactly(tuple("timeline[2].text", Change.CHANGED));
    }

    @Test
    void aRowReplacedByAnUnrelatedOneIsRemovedAndAdded() {
        Report b = Sample.timeline(base(), l -> Sample.set(l, 2, row("16:00", EntryKind.NOTE, "Postmortem meeting")));
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::change)
                .containsExactlyInAnyOrder(tuple("timeline[2]", Change.ADDED), tuple("timeline[2]", Change.REMOVED));
    }

    @Test
    void actionItemsAreMatchedByContentToo() {
        Report b = Sample.items(base(), l -> {
            l.set(1, l.get(1).withStatus(ActionStatus.DONE));
            l.remove(0);
            return l;
        });
        assertThat(diff(base(), b)).extracting(Difference::path, Difference::change)
                .containsExactly(tuple("measures.actionItems[0]", Change.REMOVED),
                        tuple("measures.actionItems[1].status", Change.CHANGED));
    }

    @Test
    void proseDiffersByChangedLinesWithTheirLineNumbers() {
        String rootCause = Sample.ROOT_CAUSE.replace("health check still passed", "health check only read")
                + "\n\nNobody was paged for the replica loss.";
        List<Difference> d = diff(base(), base().withRootCause(rootCause));
        assertThat(d).extracting(Difference::path, Difference::change, Difference::oursLine, Difference::theirsLine,
                        x -> x.ours().text(), x -> x.theirs().text())
                .containsExactly(
                        tuple("rootCause", Change.CHANGED, 5, 5,
                                "\"Failover did not start because the health check still passed.\"",
                                "\"Failover did not start because the health check only read.\""),
                        tuple("rootCause", Change.ADDED, 8, 8, "null", "\"\\nNobody was paged for the replica loss.\""));
    }

    @Test
    void unicodeTextIsComparedAsWritten() {
        Report a = base().withTitle("Datenbank verschwunden — 東京 😀");
        Report b = a.withTitle("Datenbank verschwunden — 東京 😀!");
        assertThat(diff(a, a)).isEmpty();
        assertThat(diff(a, b)).extracting(d -> d.theirs().text()).containsExactly("\"Datenbank verschwunden — 東京 😀!\"");
    }

    @Test
    void severityUnknownValuesAreComparedAsWritten() {
        Report b = base().withSeverity(new Severity("sev2"));
        assertThat(diff(base(), b)).extracting(Difference::path, d -> d.theirs().text())
                .containsExactly(tuple("severity", "\"sev2\""));
    }

    @Test
    void version2PartsAndUnknownKeysDifferByTheirPaths() {
        Report a = Sample.saved(base().withClassification(dev.hindsight.model.Classification.EMPTY
                .withTags(List.of("db", "config"))).withExtras(dev.hindsight.model.Extras.of(java.util.Map.of("riskScore",
                com.fasterxml.jackson.databind.node.IntNode.valueOf(3))))
                .withComments(List.of(new dev.hindsight.model.Comment("c1", "Rev", null, "Why?", "rootCause", "", false,
                        List.of(), dev.hindsight.model.Extras.NONE))));
        Report b = Sample.saved(a.withClassification(a.classification().withTags(List.of("db", "outage")))
                .withReview(new dev.hindsight.model.Review(List.of("impact"), List.of()))
                .withExtras(dev.hindsight.model.Extras.NONE)
                .withComments(List.of(new dev.hindsight.model.Comment("c1", "Rev", null, "Why?", "rootCause", "", true,
                        List.of(), dev.hindsight.model.Extras.NONE))));
        assertThat(diff(a, b)).extracting(Difference::path, Difference::change, d -> d.ours().text(),
                        d -> d.theirs().text())
                .containsExactly(tuple("tags[1]", Change.REMOVED, "\"config\"", "null"),
                        tuple("tags[1]", Change.ADDED, "null", "\"outage\""),
                        tuple("reviewChecklist[0]", Change.ADDED, "null", "\"impact\""),
                        tuple("comments[0].resolved", Change.CHANGED, "false", "true"),
                        tuple("riskScore", Change.REMOVED, "3", "null"));
    }

    @Test
    void picturesCompareByTheirHashAndAreShownWithoutTheirData() {
        byte[] one = {1, 2, 3};
        byte[] two = {4, 5, 6};
        Report a = base().withPictures(List.of(picture(one)));
        Report b = base().withPictures(List.of(picture(two)));
        assertThat(diff(a, base().withPictures(List.of(picture(one))))).isEmpty();
        List<Difference> d = diff(a, b);
        assertThat(d).extracting(Difference::path, Difference::change).containsExactly(tuple("pictures[0]",
                Change.CHANGED));
        assertThat(d.get(0).theirs().text()).contains(dev.hindsight.format.RandomVersion2PartsAccess.sha256(two))
                .doesNotContain("\"data\"");
    }

    private static dev.hindsight.model.Picture picture(byte[] bytes) {
        return new dev.hindsight.model.Picture("graph.png", "image/png",
                dev.hindsight.format.RandomVersion2PartsAccess.sha256(bytes), 2, 2,
                java.util.Base64.getEncoder().encodeToString(bytes), dev.hindsight.model.Extras.NONE);
    }

    @Test
    void everyDifferenceNamesItsSection() {
        Report b = Sample.timeline(base().withTitle("X").withResolution("Y"), l -> Sample.remove(l, 0));
        assertThat(ReportDiff.bySection(diff(base(), b)).keySet())
                .containsExactly(Section.SUMMARY, Section.TIMELINE, Section.RESOLUTION);
    }
}
