package dev.hindsight.format;

import java.util.List;

/**
 * The keys format version 2 adds to the top-level object, in the order they are written: after
 * the version-1 keys, before unknown keys. A file that holds one of them at a value other than
 * its default is written as version 2 at least ({@link dev.hindsight.model.Report#usesVersion2()}).
 */
final class Version2Keys {
    static final String LANGUAGE = "language";
    static final String TAGS = "tags";
    static final String AFFECTED_SERVICES = "affectedServices";
    static final String CONTRIBUTING_FACTORS = "contributingFactors";
    static final String RELATED_INCIDENTS = "relatedIncidents";
    static final String NEAR_MISS = "nearMiss";
    static final String REVIEW_CHECKLIST = "reviewChecklist";
    static final String DISMISSED_FINDINGS = "dismissedFindings";
    static final String COMMENTS = "comments";
    static final String MERGE_CONFLICTS = "mergeConflicts";
    static final String PICTURES = "pictures";

    static final List<String> IN_ORDER = List.of(LANGUAGE, TAGS, AFFECTED_SERVICES, CONTRIBUTING_FACTORS,
            RELATED_INCIDENTS, NEAR_MISS, REVIEW_CHECKLIST, DISMISSED_FINDINGS, COMMENTS, MERGE_CONFLICTS, PICTURES);

    /** Base64 characters in one element of a picture's {@code data}: well within the 4 Mi every reader takes. */
    static final int PICTURE_CHUNK = 1024 * 1024;

    private Version2Keys() {
    }
}
