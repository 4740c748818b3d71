package dev.hindsight.compare;

import static dev.hindsight.compare.Sample.base;
import static dev.hindsight.compare.Sample.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.Classification;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three-way merge: what combines, what conflicts, and that the result holds ours where it conflicts. */
class ReportMergeTest {
    private static MergeResult merge(Report base, Report ours, Report theirs) {
        MergeResult result = ReportMerge.merge(base, ours, theirs);
        // Whatever happened, the result is a report every version opens, the same when read back.
        assertThat(Sample.saved(result.report())).isEqualTo(result.report().withFormatVersion(
                Math.max(result.report().formatVersion(), result.report().usesVersion2() ? 2 : 1)));
        return result;
    }

    private static List<String> texts(Report r) {
        return r.timeline().stream().map(TimelineEntry::text).toList();
    }

    @Test
    void editsOfDifferentFieldsCombine() {
        Report ours = base().withTitle("Database vanished for 45 minutes");
        Report theirs = base().withSeverity(Severity.SEV1).withSummary(base().summary().withImpact("All checkout."));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report()).isEqualTo(base().withTitle("Database vanished for 45 minutes")
                .withSeverity(Severity.SEV1).withSummary(base().summary().withImpact("All checkout.")));
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        Report both = Sample.timeline(base().withTitle("New title"), l -> Sample.remove(l, 1));
        MergeResult r = merge(base(), both, both);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report()).isEqualTo(both);
    }

    @Test
    void oneSideUnchangedGivesTheOtherSide() {
        Report theirs = Sample.items(Sample.timeline(base().withRootCause("Other"), l -> Sample.move(l, 3, 0)),
                l -> Sample.remove(l, 2));
        assertThat(merge(base(), base(), theirs).report()).isEqualTo(theirs);
        assertThat(merge(base(), theirs, base()).report()).isEqualTo(theirs);
    }

    @Test
    void bothChangingOneFieldDifferentlyKeepsOursAndRecordsTheThreeSides() {
        MergeResult r = merge(base(), base().withTitle("Ours"), base().withTitle("Theirs"));
        assertThat(r.report().title()).isEqualTo("Ours");
        assertThat(r.conflicts()).containsExactly(new MergeConflict("title", new dev.hindsight.model.RawJson(
                "\"Database vanished\""), new dev.hindsight.model.RawJson("\"Ours\""),
                new dev.hindsight.model.RawJson("\"Theirs\"")));
        assertThat(r.report().mergeConflicts()).isEqualTo(r.conflicts());
        assertThat(r.report().formatVersion()).isEqualTo(1);
        assertThat(dev.hindsight.format.FormatVersions.written(r.report())).isEqualTo(2);
    }

    @Test
    void rowsInsertedOnBothSidesAtDifferentPlacesAreAllThereInOrder() {
        Report ours = Sample.timeline(base(), l -> Sample.insert(l, 1, row("11:00", EntryKind.NOTE, "Ours early")));
        Report theirs = Sample.timeline(base(), l -> Sample.insert(l, 4, row("11:30", EntryKind.NOTE, "Theirs late")));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(texts(r.report())).containsExactly("Error rate alert fired for checkout", "Ours early",
                "On-call engineer acknowledged the page", "Database connections found refused",
                "Replica set restored from the previous configuration", "Theirs late",
                "Checkout error rate back to normal");
    }

    @Test
    void rowsInsertedByBothAtTheSamePlaceAreBothKeptOursFirst() {
        Report ours = Sample.timeline(base(), l -> Sample.insert(l, 2, row("11:05", EntryKind.NOTE, "Ours")));
        Report theirs = Sample.timeline(base(), l -> Sample.insert(l, 2, row("11:06", EntryKind.NOTE, "Theirs")));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(texts(r.report()).subList(1, 5)).containsExactly("On-call engineer acknowledged the page", "Ours",
                "Theirs", "Database connections found refused");
    }

    @Test
    void theSameRowAddedByBothIsThereOnce() {
        TimelineEntry added = row("11:05", EntryKind.ESCALATION, "Database team paged");
        Report ours = Sample.timeline(base(), l -> Sample.insert(l, 2, added));
        Report theirs = Sample.timeline(base().withTitle("T"), l -> Sample.insert(l, 2, added));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().timeline()).hasSize(6).containsOnlyOnce(added);
    }

    @Test
    void editsOfDifferentPartsOfOneRowCombine() {
        Report ours = Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withText("Connections refused (port 5432)")));
        Report theirs = Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withAt(Sample.at("11:09"))));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().timeline().get(2)).isEqualTo(row("11:09", EntryKind.INVESTIGATION,
                "Connections refused (port 5432)"));
    }

    @Test
    void aDeletionAndAnEditOfAnotherRowCombine() {
        Report ours = Sample.timeline(base(), l -> Sample.remove(l, 3));
        Report theirs = Sample.timeline(base(), l -> Sample.set(l, 1, l.get(1).withKind(EntryKind.ESCALATION)));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().timeline()).hasSize(4);
        assertThat(r.report().timeline().get(1).kind()).isEqualTo(EntryKind.ESCALATION);
    }

    @Test
    void aMoveOnOneSideAndAnEditOfTheMovedRowOnTheOtherCombine() {
        Report ours = Sample.timeline(base(), l -> Sample.move(l, 4, 0));
        Report theirs = Sample.timeline(base(), l -> Sample.set(l, 4, l.get(4).withText("Error rate normal")));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(texts(r.report())).containsExactly("Error rate normal", "Error rate alert fired for checkout",
                "On-call engineer acknowledged the page", "Database connections found refused",
                "Replica set restored from the previous configuration");
    }

    @Test
    void aReorderingOnOneSideAndAnInsertionOnTheOtherCombine() {
        Report ours = Sample.timeline(base(), l -> {
            l.sort(java.util.Comparator.comparing(TimelineEntry::text));
            return l;
        });
        Report theirs = Sample.timeline(base(), l -> Sample.insert(l, 5, row("12:00", EntryKind.NOTE, "All clear")));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(texts(r.report())).hasSize(6).contains("All clear");
        assertThat(texts(r.report()).subList(0, 5)).isSorted();
    }

    @Test
    void bothMovingOneRowDifferentlyKeepsOursOrderAndLosesNoRow() {
        Report ours = Sample.timeline(base(), l -> Sample.move(l, 4, 0));
        Report theirs = Sample.timeline(base(), l -> Sample.move(l, 4, 2));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.report().timeline()).isEqualTo(ours.timeline());
    }

    @Test
    void bothEditingOneRowsTextDifferentlyIsAConflictOnThatText() {
        Report ours = Sample.timeline(base(), l -> {
            l.set(2, l.get(2).withText("Ours"));
            l.add(0, row("10:00", EntryKind.NOTE, "Deploy"));
            return l;
        });
        Report theirs = Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withText("Theirs")));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.conflicts()).extracting(MergeConflict::path, c -> c.base().text(), c -> c.ours().text(),
                c -> c.theirs().text())
                .containsExactly(tuple("timeline[3].text", "\"Database connections found refused\"", "\"Ours\"",
                        "\"Theirs\""));
        assertThat(r.report().timeline().get(3).text()).isEqualTo("Ours");
    }

    @Test
    void aRowOursDeletedAndTheirsEditedIsAConflictAndStaysDeleted() {
        Report ours = Sample.timeline(base(), l -> Sample.remove(l, 2));
        Report theirs = Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withText("Refused on port 5432")));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.report().timeline()).isEqualTo(ours.timeline());
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("timeline[2]");
            assertThat(c.ours().text()).isEqualTo("null");
            assertThat(c.theirs().text()).contains("Refused on port 5432");
            assertThat(c.base().text()).contains("Database connections found refused");
        });
    }

    @Test
    void aRowOursEditedAndTheirsDeletedIsAConflictAndStaysEdited() {
        Report ours = Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withText("Refused on port 5432")));
        Report theirs = Sample.timeline(base(), l -> Sample.remove(l, 2));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.report().timeline()).isEqualTo(ours.timeline());
        assertThat(r.conflicts()).extracting(MergeConflict::path, c -> c.theirs().text())
                .containsExactly(tuple("timeline[2]", "null"));
    }

    @Test
    void bothDeletingOneRowIsNoConflict() {
        Report ours = Sample.timeline(base(), l -> Sample.remove(l, 2));
        Report theirs = Sample.timeline(base().withTitle("x"), l -> Sample.remove(l, 2));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().timeline()).hasSize(4);
    }

    @Test
    void actionItemsMergeLikeRows() {
        Report ours = Sample.items(base(), l -> Sample.set(l, 0, l.get(0).withStatus(ActionStatus.DONE)));
        Report theirs = Sample.items(base(), l -> {
            l.set(2, l.get(2).withOwner("Dave"));
            l.add(Sample.item("Alert on replica count", "Erin"));
            return l;
        });
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().measures().actionItems()).extracting(a -> a.status().code(), a -> a.owner())
                .containsExactly(tuple("done", "Alice"), tuple("open", "Bob"), tuple("open", "Dave"),
                        tuple("open", "Erin"));
    }

    @Test
    void actionItemStatusChangedDifferentlyIsAConflictWithItsPath() {
        Report ours = Sample.items(base(), l -> Sample.set(l, 1, l.get(1).withStatus(ActionStatus.DONE)));
        Report theirs = Sample.items(base(), l -> Sample.set(l, 1, l.get(1).withStatus(ActionStatus.WONT_DO)));
        assertThat(merge(base(), ours, theirs).conflicts()).extracting(MergeConflict::path)
                .containsExactly("measures.actionItems[1].status");
    }

    @Test
    void proseEditsWithAnUnchangedLineBetweenThemCombine() {
        Report ours = base().withRootCause(Sample.ROOT_CAUSE.replace("A configuration change", "A Terraform change"));
        Report theirs = base().withRootCause(Sample.ROOT_CAUSE.replace("Backups were intact.", "Backups were intact "
                + "and restorable."));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().rootCause()).isEqualTo(Sample.ROOT_CAUSE.replace("A configuration change",
                "A Terraform change").replace("Backups were intact.", "Backups were intact and restorable."));
    }

    @Test
    void proseEditsOfTheSameLineConflictOnThoseLinesOnlyAndTheRestCombines() {
        Report ours = base().withRootCause(Sample.ROOT_CAUSE.replace("health check still passed", "check was green")
                .replace("A configuration change", "A Terraform change"));
        Report theirs = base().withRootCause(Sample.ROOT_CAUSE.replace("health check still passed",
                "health check never wrote"));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.report().rootCause()).isEqualTo(ours.rootCause());
        assertThat(r.conflicts()).containsExactly(new MergeConflict("rootCause", 5,
                new dev.hindsight.model.RawJson("\"Failover did not start because the health check still passed.\\n\""),
                new dev.hindsight.model.RawJson("\"Failover did not start because the check was green.\\n\""),
                new dev.hindsight.model.RawJson("\"Failover did not start because the health check never wrote.\\n\""),
                Extras.NONE));
    }

    @Test
    void unicodeSurvivesAMergeOfProseAndRows() {
        Report b = base().withRootCause("Première ligne\n\nالسطر الثاني\n\n第三行 😀");
        Report ours = b.withRootCause("Première ligne — éditée\n\nالسطر الثاني\n\n第三行 😀");
        Report theirs = Sample.timeline(b.withRootCause("Première ligne\n\nالسطر الثاني\n\n第三行 😀🎉"),
                l -> Sample.insert(l, 0, row("10:00", EntryKind.NOTE, "Ελληνικά κείμενο")));
        MergeResult r = merge(b, ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().rootCause()).isEqualTo("Première ligne — éditée\n\nالسطر الثاني\n\n第三行 😀🎉");
        assertThat(r.report().timeline().get(0).text()).isEqualTo("Ελληνικά κείμενο");
    }

    @Test
    void unknownKeysFromNewerVersionsAreKeptFromBothSides() {
        // As a file from a newer version holds them: read, not made here.
        Report ours = Sample.saved(base().withExtras(Extras.of(Map.of("riskScore", IntNode.valueOf(7)))));
        Report theirs = Sample.saved(Sample.timeline(base(), l -> Sample.set(l, 0, new TimelineEntry(l.get(0).at(),
                l.get(0).kind(), l.get(0).text(), Extras.of(Map.of("source", TextNode.valueOf("pagerduty")))))));
        MergeResult r = merge(base(), ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().extras()).isEqualTo(ours.extras());
        assertThat(r.report().timeline().get(0).extras()).isEqualTo(theirs.timeline().get(0).extras());
        assertThat(new String(new dev.hindsight.format.ReportEncoder().encode(r.report()),
                java.nio.charset.StandardCharsets.UTF_8)).contains("\"riskScore\": 7", "\"source\": \"pagerduty\"");
    }

    @Test
    void anUnknownKeyChangedDifferentlyIsAConflictWithItsValues() {
        Report b = Sample.saved(base().withExtras(Extras.of(Map.of("riskScore", IntNode.valueOf(5)))));
        MergeResult r = merge(b, Sample.saved(b.withExtras(Extras.of(Map.of("riskScore", IntNode.valueOf(7))))),
                Sample.saved(b.withExtras(Extras.of(Map.of("riskScore", IntNode.valueOf(9))))));
        assertThat(r.conflicts()).extracting(MergeConflict::path, c -> c.base().text(), c -> c.ours().text(),
                c -> c.theirs().text()).containsExactly(tuple("riskScore", "5", "7", "9"));
    }

    @Test
    void theLaterSaveTimeWinsWithoutAConflict() {
        Instant later = Instant.parse("2024-06-12T10:00:00Z");
        MergeResult r = merge(base(), base().withUpdatedAt(later), base().withUpdatedAt(later.minusSeconds(60)));
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().updatedAt()).isEqualTo(later);
    }

    @Test
    void tagsAndOtherStringListsCombineAsSets() {
        Report b = base().withClassification(Classification.EMPTY.withTags(List.of("database", "config")));
        Report ours = b.withClassification(b.classification().withTags(List.of("database", "config", "review")));
        Report theirs = b.withClassification(b.classification().withTags(List.of("config", "outage")));
        MergeResult r = merge(b, ours, theirs);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().classification().tags()).containsExactly("config", "review", "outage");
    }
}
