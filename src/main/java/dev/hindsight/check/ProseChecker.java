package dev.hindsight.check;

import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.util.ArrayList;
import java.util.List;

/**
 * A checker of the words of prose fields (spelling, blameless language). What it finds in a field
 * depends only on that field's text and kind, so the editor re-checks only the field being typed
 * in, and {@link CheckSession} keeps each field's findings until its text changes.
 */
public interface ProseChecker extends Checker {
    /** The findings in one field, at its path, with offsets into {@code place.text()}. */
    List<Finding> checkText(TextPlace place);

    /**
     * A number that changes whenever the same text could give other findings (a word added to the
     * personal dictionary): {@link CheckSession} forgets what it kept when it changes.
     */
    default long revision() {
        return 0;
    }

    @Override
    default List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (TextPlace place : TextPlaces.of(report)) {
            out.addAll(checkText(place));
        }
        return out;
    }
}
