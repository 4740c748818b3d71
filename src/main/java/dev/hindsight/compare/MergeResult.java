package dev.hindsight.compare;

import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Report;
import java.util.List;

/**
 * What a three-way merge made: the merged report, which holds ours at every conflicted place and
 * records the conflicts in its {@code mergeConflicts}, and the conflicts this merge found (the
 * report may also hold older ones that were not yet resolved).
 */
public record MergeResult(Report report, List<MergeConflict> conflicts) {
    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean isClean() {
        return conflicts.isEmpty();
    }
}
