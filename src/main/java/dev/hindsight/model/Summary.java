package dev.hindsight.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The Issue Summary section. The outage window may be open at either end (null);
 * {@code usersAffectedPercent} is null or a number from 0 to 100, kept without trailing zeros.
 */
public record Summary(Instant startedAt, Instant endedAt, String impact, BigDecimal usersAffectedPercent,
                      String rootCause, Extras extras) {
    public static final Summary EMPTY = new Summary(null, null, "", null, "", Extras.NONE);

    public Summary {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(rootCause, "rootCause");
        Objects.requireNonNull(extras, "extras");
        usersAffectedPercent = Percent.normalize(usersAffectedPercent);
    }

    /** Whether both ends of the outage window are known and the end comes before the start (usually a typo). */
    public boolean endsBeforeStart() {
        return startedAt != null && endedAt != null && endedAt.isBefore(startedAt);
    }

    public Summary withStartedAt(Instant v) {
        return new Summary(v, endedAt, impact, usersAffectedPercent, rootCause, extras);
    }

    public Summary withEndedAt(Instant v) {
        return new Summary(startedAt, v, impact, usersAffectedPercent, rootCause, extras);
    }

    public Summary withImpact(String v) {
        return new Summary(startedAt, endedAt, v, usersAffectedPercent, rootCause, extras);
    }

    public Summary withUsersAffectedPercent(BigDecimal v) {
        return new Summary(startedAt, endedAt, impact, v, rootCause, extras);
    }

    public Summary withRootCause(String v) {
        return new Summary(startedAt, endedAt, impact, usersAffectedPercent, v, extras);
    }
}
