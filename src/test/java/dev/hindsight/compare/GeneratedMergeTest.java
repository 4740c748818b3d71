package dev.hindsight.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.RandomReports;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Report;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Merges and differences of reports made by seeded generators: random reports in every shape the
 * format allows, edited by random edits a person might make on two copies.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GeneratedMergeTest {
    private static final int ROUNDS = 150;

    @Test
    void mergingWithAnUnchangedSideGivesTheOtherSideAndBothTheSameGivesIt() {
        RandomEdits edits = new RandomEdits(11);
        for (int round = 0; round < ROUNDS; round++) {
            Report base = round % 2 == 0 ? Sample.base() : Sample.saved(new RandomReports(round).next());
            Report changed = edits.edit(base, 1 + round % 6);
            assertThat(ReportMerge.merge(base, changed, base).report()).as("round %d", round)
                    .isEqualTo(withVersion(changed, base));
            assertThat(ReportMerge.merge(base, base, changed).report()).as("round %d", round)
                    .isEqualTo(withVersion(changed, base));
            MergeResult same = ReportMerge.merge(base, changed, changed);
            assertThat(same.isClean()).as("round %d", round).isTrue();
            assertThat(same.report()).as("round %d", round).isEqualTo(withVersion(changed, base));
        }
    }

    @Test
    void everyMergeIsAValidReportAndEveryConflictItRecordsCanBeResolvedEitherWay() throws Exception {
        RandomEdits edits = new RandomEdits(12);
        int conflicted = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Report base = round % 3 == 0 ? Sample.saved(new RandomReports(1000 + round).next()) : Sample.base();
            Report ours = edits.edit(base, 1 + round % 5);
            Report theirs = edits.edit(base, 1 + round % 4);
            MergeResult result = ReportMerge.merge(base, ours, theirs);
            Report merged = result.report();
            assertThat(Sample.saved(merged)).as("round %d", round).isEqualTo(Sample.saved(Sample.saved(merged)));
            assertThat(merged.mergeConflicts()).as("round %d", round).containsAll(result.conflicts());
            if (!result.isClean()) {
                conflicted++;
            }
            // Keeping ours everywhere leaves the merged report without records; taking theirs everywhere works too.
            Report kept = merged;
            Report taken = merged;
            for (MergeConflict c : result.conflicts()) {
                kept = ConflictResolution.keepOurs(kept, c);
            }
            assertThat(kept).isEqualTo(merged.withMergeConflicts(List.of()));
            // Resolving one may move the paths of the others (a row taken back): always the first of those left.
            for (int left = taken.mergeConflicts().size(); left > 0; left--) {
                MergeConflict c = taken.mergeConflicts().get(0);
                assertThat(ConflictResolution.locate(taken, c)).as("round %d, %s", round, c.path()).isPresent();
                taken = ConflictResolution.takeTheirs(taken, c);
            }
            assertThat(taken.mergeConflicts()).isEmpty();
        }
        assertThat(conflicted).as("rounds with conflicts").isGreaterThan(10);
    }

    @Test
    void takingTheirsForEveryDifferenceOneByOneEndsWithTheirs() throws Exception {
        RandomEdits edits = new RandomEdits(13);
        for (int round = 0; round < ROUNDS / 2; round++) {
            Report ours = round % 2 == 0 ? Sample.base() : Sample.saved(new RandomReports(2000 + round).next());
            Report theirs = round % 5 == 4 ? Sample.saved(new RandomReports(3000 + round).next())
                    : edits.edit(ours, 1 + round % 8);
            Report current = ours;
            for (int step = 0; step < 500; step++) {
                List<Difference> left = ReportDiff.between(current, theirs);
                if (left.isEmpty()) {
                    break;
                }
                current = TakeTheirs.apply(current, theirs, left.get(0));
            }
            assertThat(ReportDiff.between(current, theirs)).as("round %d", round).isEmpty();
        }
    }

    private static Report withVersion(Report r, Report base) {
        return r.withFormatVersion(Math.max(r.formatVersion(), base.formatVersion()));
    }
}
