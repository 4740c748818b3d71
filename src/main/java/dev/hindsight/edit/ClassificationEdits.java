package dev.hindsight.edit;

import dev.hindsight.model.Classification;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The commands of the classification on the Issue Summary tab: tags, services, factors, related incidents, near miss. */
public final class ClassificationEdits {
    private ClassificationEdits() {
    }

    private static Command edit(String description, String mergeKey, UnaryOperator<Classification> change) {
        return new ReportEdit(description, mergeKey, r -> r.withClassification(change.apply(r.classification())));
    }

    public static Command tags(List<String> tags) {
        return edit("Typing in Tags", "tags", c -> c.withTags(tags));
    }

    public static Command services(List<String> services) {
        return edit("Typing in Affected Services", "affectedServices", c -> c.withAffectedServices(services));
    }

    public static Command relatedIncidents(List<String> related) {
        return edit("Typing in Related Incidents", "relatedIncidents", c -> c.withRelatedIncidents(related));
    }

    public static Command nearMiss(boolean nearMiss) {
        return edit(nearMiss ? "Mark as Near Miss" : "Unmark Near Miss", null, c -> c.withNearMiss(nearMiss));
    }

    public static Command addFactor(String category) {
        return factors("Add Contributing Factor", null, list -> list.add(new ContributingFactor(category, "")));
    }

    public static Command removeFactor(int index) {
        return factors("Delete Contributing Factor", null, list -> {
            if (index >= 0 && index < list.size()) {
                list.remove(index);
            }
        });
    }

    /** Typing a factor's category; keystrokes in the same factor merge into one undo step. */
    public static Command factorCategory(int index, String category) {
        return factors("Typing in Contributing Factor", "factor-category-" + index, list -> {
            if (index >= 0 && index < list.size()) {
                ContributingFactor f = list.get(index);
                list.set(index, new ContributingFactor(category, f.description(), f.extras()));
            }
        });
    }

    public static Command factorDescription(int index, String description) {
        return factors("Typing in Contributing Factor", "factor-description-" + index, list -> {
            if (index >= 0 && index < list.size()) {
                ContributingFactor f = list.get(index);
                list.set(index, new ContributingFactor(f.category(), description, f.extras()));
            }
        });
    }

    private interface ListChange {
        void apply(List<ContributingFactor> list);
    }

    private static Command factors(String description, String mergeKey, ListChange change) {
        return new ReportEdit(description, mergeKey, (Report r) -> {
            List<ContributingFactor> list = new ArrayList<>(r.classification().contributingFactors());
            change.apply(list);
            return r.withClassification(r.classification().withContributingFactors(list));
        });
    }
}
