package dev.hindsight.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many action items are in each status: the known statuses first (zero included), then any unknown ones. */
public record ActionCounts(Map<ActionStatus, Integer> byStatus) {

    public static ActionCounts of(List<ActionItem> items) {
        Map<ActionStatus, Integer> counts = new LinkedHashMap<>();
        ActionStatus.KNOWN.forEach(s -> counts.put(s, 0));
        items.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        return new ActionCounts(Collections.unmodifiableMap(counts));
    }

    public int count(ActionStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
