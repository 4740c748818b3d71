package dev.hindsight.compare;

import static dev.hindsight.compare.Sample.base;
import static dev.hindsight.compare.Sample.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving recorded conflicts one by one: ours, theirs or an edited value; the last one removes the record. */
class ConflictResolutionTest {
    private static Report conflicted(Report ours, Report theirs) {
        MergeResult r = ReportMerge.merge(base(), ours, theirs);
        assertThat(r.conflicts()).isNotEmpty();
        return Sample.saved(r.report());
    }

    @Test
    void takingTheirsPutsTheirValueThereAndTheLastResolutionLeavesNoRecord() throws Exception {
        Report merged = conflicted(base().withTitle("Ours").withSeverity(Severity.SEV1),
                base().withTitle("Theirs").withSeverity(Severity.SEV3));
        assertThat(merged.mergeConflicts()).extracting(MergeConflict::path).containsExactly("title", "severity");
        Report one = ConflictResolution.takeTheirs(merged, merged.mergeConflicts().get(0));
        assertThat(one.title()).isEqualTo("Theirs");
        assertThat(one.mergeConflicts()).extracting(MergeConflict::path).containsExactly("severity");
        Report two = ConflictResolution.keepOurs(one, one.mergeConflicts().get(0));
        assertThat(two.severity()).isEqualTo(Severity.SEV1);
        assertThat(two.mergeConflicts()).isEmpty();
        assertThat(two.usesVersion2()).isFalse();
    }

    @Test
    void anEditedValueIsPutThereAndAValueOfTheWrongKindIsRefusedWithThePlace() throws Exception {
        Report merged = conflicted(Sample.timeline(base(), l -> Sample.set(l, 1, l.get(1).withAt(Sample.at("11:03")))),
                Sample.timeline(base(), l -> Sample.set(l, 1, l.get(1).withAt(Sample.at("11:04")))));
        MergeConflict c = merged.mergeConflicts().get(0);
        assertThat(c.path()).isEqualTo("timeline[1].at");
        Report edited = ConflictResolution.resolve(merged, c, new RawJson("\"2024-06-10T11:03:30Z\""));
        assertThat(edited.timeline().get(1).at()).isEqualTo(java.time.Instant.parse("2024-06-10T11:03:30Z"));
        assertThatThrownBy(() -> ConflictResolution.resolve(merged, c, new RawJson("\"at eleven\"")))
                .isInstanceOf(ResolutionException.class)
                .hasMessage("timeline[1].at: expected an instant with a zone offset, such as \"2024-06-10T11:00:00Z\", "
                        + "found \"at eleven\"");
        assertThatThrownBy(() -> ConflictResolution.resolve(merged, c, new RawJson("{not json")))
                .isInstanceOf(ResolutionException.class).hasMessageStartingWith("timeline[1].at: is not JSON");
    }

    @Test
    void takingTheirsForARowOursDeletedPutsItBackWhereItWas() throws Exception {
        Report merged = conflicted(Sample.timeline(base(), l -> Sample.remove(l, 2)),
                Sample.timeline(base(), l -> Sample.set(l, 2, l.get(2).withText("Refused on port 5432"))));
        Report resolved = ConflictResolution.takeTheirs(merged, merged.mergeConflicts().get(0));
        assertThat(resolved.timeline().get(2).text()).isEqualTo("Refused on port 5432");
        assertThat(resolved.timeline()).hasSize(5);
        assertThat(resolved.mergeConflicts()).isEmpty();
    }

    @Test
    void takingTheirsForARowTheirsDeletedDeletesItAndMovesTheOtherRecordsUp() throws Exception {
        Report ours = Sample.timeline(base().withTitle("Ours"), l -> {
            l.set(1, l.get(1).withText("Acknowledged by Alice"));
            l.set(3, l.get(3).withText("Ours"));
            return l;
        });
        Report theirs = Sample.timeline(base().withTitle("Theirs"), l -> {
            l.set(3, l.get(3).withText("Theirs"));
            l.remove(1);
            return l;
        });
        Report merged = conflicted(ours, theirs);
        assertThat(merged.mergeConflicts()).extracting(MergeConflict::path)
                .containsExactly("title", "timeline[1]", "timeline[3].text");
        Report resolved = ConflictResolution.takeTheirs(merged, merged.mergeConflicts().get(1));
        assertThat(resolved.timeline()).hasSize(4);
        assertThat(resolved.mergeConflicts()).extracting(MergeConflict::path)
                .containsExactly("title", "timeline[2].text");
        Report last = ConflictResolution.takeTheirs(resolved, resolved.mergeConflicts().get(1));
        assertThat(last.timeline().get(2).text()).isEqualTo("Theirs");
    }

    @Test
    void aConflictIsFoundAgainAfterRowsWereInsertedAboveIt() throws Exception {
        Report merged = conflicted(Sample.timeline(base(), l -> Sample.set(l, 3, l.get(3).withText("Ours"))),
                Sample.timeline(base(), l -> Sample.set(l, 3, l.get(3).withText("Theirs"))));
        MergeConflict c = merged.mergeConflicts().get(0);
        Report edited = Sample.timeline(merged, l -> Sample.insert(l, 0, row("10:00", EntryKind.NOTE, "Deploy")));
        assertThat(ConflictResolution.locate(edited, c)).hasValueSatisfying(at ->
                assertThat(at.path()).isEqualTo("timeline[4].text"));
        Report resolved = ConflictResolution.takeTheirs(edited, c);
        assertThat(resolved.timeline().get(4).text()).isEqualTo("Theirs");
        assertThat(resolved.timeline().get(3).text()).isNotEqualTo("Theirs");
    }

    @Test
    void aConflictWhosePlaceIsGoneCanOnlyBeKept() throws Exception {
        Report merged = conflicted(Sample.timeline(base(), l -> Sample.set(l, 3, l.get(3).withText("Ours"))),
                Sample.timeline(base(), l -> Sample.set(l, 3, l.get(3).withText("Theirs"))));
        MergeConflict c = merged.mergeConflicts().get(0);
        Report deleted = Sample.timeline(merged, l -> Sample.remove(l, 3));
        assertThat(ConflictResolution.locate(deleted, c)).isEmpty();
        assertThatThrownBy(() -> ConflictResolution.takeTheirs(deleted, c)).isInstanceOf(ResolutionException.class)
                .hasMessageContaining("changed since the merge");
        assertThat(ConflictResolution.keepOurs(deleted, c).mergeConflicts()).isEmpty();
    }

    @Test
    void linesOfProseAreResolvedInPlaceAndLaterConflictsInTheFieldFollowTheirLines() throws Exception {
        String b = "one\n\ntwo\n\nthree";
        Report base = base().withRootCause(b);
        Report ours = base.withRootCause("one (ours)\n\ntwo\n\nthree (ours)");
        Report theirs = base.withRootCause("one (theirs)\nand more\n\ntwo\n\nthree (theirs)");
        MergeResult result = ReportMerge.merge(base, ours, theirs);
        assertThat(result.conflicts()).extracting(MergeConflict::line).containsExactly(1, 5);
        Report merged = result.report();
        Report first = ConflictResolution.takeTheirs(merged, merged.mergeConflicts().get(0));
        assertThat(first.rootCause()).isEqualTo("one (theirs)\nand more\n\ntwo\n\nthree (ours)");
        assertThat(first.mergeConflicts()).singleElement().extracting(MergeConflict::line).isEqualTo(6);
        Report second = ConflictResolution.resolve(first, first.mergeConflicts().get(0),
                new RawJson("\"three (both)\\n\""));
        assertThat(second.rootCause()).isEqualTo("one (theirs)\nand more\n\ntwo\n\nthree (both)");
        assertThat(second.mergeConflicts()).isEmpty();
    }

    @Test
    void linesAreFoundAgainAfterTheFieldWasEditedAboveThem() throws Exception {
        Report base = base().withRootCause("a\n\nb");
        MergeResult result = ReportMerge.merge(base, base.withRootCause("a\n\nb ours"), base.withRootCause("a\n\nb theirs"));
        MergeConflict c = result.conflicts().get(0);
        Report edited = result.report().withRootCause("new first line\na\n\nb ours");
        assertThat(ConflictResolution.locate(edited, c)).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(4));
        assertThat(ConflictResolution.takeTheirs(edited, c).rootCause()).isEqualTo("new first line\na\n\nb theirs");
    }

    @Test
    void resolvingAConflictTheReportNoLongerHasChangesNothing() throws Exception {
        Report merged = conflicted(base().withTitle("Ours"), base().withTitle("Theirs"));
        MergeConflict c = merged.mergeConflicts().get(0);
        Report resolved = ConflictResolution.keepOurs(merged, c);
        assertThat(ConflictResolution.takeTheirs(resolved, c)).isSameAs(resolved);
        assertThat(List.of(resolved.title())).containsExactly("Ours");
    }
}
