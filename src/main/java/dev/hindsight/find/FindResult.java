package dev.hindsight.find;

import java.util.List;
import java.util.Optional;

/**
 * What a search found: the matches in reading order (at most {@link ReportSearch#MAX_MATCHES};
 * {@code truncated} says there were more), or why nothing could be searched (a bad expression, or
 * one that took too long and was stopped).
 */
public record FindResult(List<FindMatch> matches, boolean truncated, Optional<String> error) {
    public FindResult {
        matches = List.copyOf(matches);
    }

    static FindResult failed(String error) {
        return new FindResult(List.of(), false, Optional.of(error));
    }

    public boolean isEmpty() {
        return matches.isEmpty();
    }
}
