package dev.hindsight.model;

import java.util.List;

/**
 * What a report is about, for learning across reports (format version 2): tags, the services
 * affected, contributing factors, related incidents, and whether it was a near miss.
 */
public record Classification(List<String> tags, List<String> affectedServices,
                             List<ContributingFactor> contributingFactors, List<String> relatedIncidents,
                             boolean nearMiss) {
    public static final Classification EMPTY = new Classification(List.of(), List.of(), List.of(), List.of(), false);

    public Classification {
        tags = List.copyOf(tags);
        affectedServices = List.copyOf(affectedServices);
        contributingFactors = List.copyOf(contributingFactors);
        relatedIncidents = List.copyOf(relatedIncidents);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public Classification withTags(List<String> v) {
        return new Classification(v, affectedServices, contributingFactors, relatedIncidents, nearMiss);
    }

    public Classification withAffectedServices(List<String> v) {
        return new Classification(tags, v, contributingFactors, relatedIncidents, nearMiss);
    }

    public Classification withContributingFactors(List<ContributingFactor> v) {
        return new Classification(tags, affectedServices, v, relatedIncidents, nearMiss);
    }

    public Classification withRelatedIncidents(List<String> v) {
        return new Classification(tags, affectedServices, contributingFactors, v, nearMiss);
    }

    public Classification withNearMiss(boolean v) {
        return new Classification(tags, affectedServices, contributingFactors, relatedIncidents, v);
    }
}
