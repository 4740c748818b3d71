package dev.hindsight.check;

import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import java.util.List;

/**
 * One rule of {@code hindsight check} and of the editor's review, made for one report by its
 * {@link CheckRules.Rule} (which knows the report's language and word lists). Implementations are
 * thread-safe: the editor checks off the JavaFX thread while the user types.
 */
public interface Checker {
    /** The rule's name, as {@code --only} and findings spell it: {@code spelling}. */
    String rule();

    /** Every finding of this rule in {@code report}, dismissed ones included (see {@link Dismissals}). */
    List<Finding> check(Report report);

    /** What a person should know about this check of this report, such as a language without a dictionary. */
    default List<CheckNote> notes() {
        return List.of();
    }

    /** A rule that cannot check this report (no dictionary for its language): it finds nothing and says why. */
    static Checker notChecked(String rule, String note) {
        List<CheckNote> notes = List.of(new CheckNote(rule, note));
        return new ProseChecker() {
            @Override
            public String rule() {
                return rule;
            }

            @Override
            public List<Finding> checkText(TextPlace place) {
                return List.of();
            }

            @Override
            public List<Finding> check(Report report) {
                return List.of();
            }

            @Override
            public List<CheckNote> notes() {
                return notes;
            }
        };
    }
}
