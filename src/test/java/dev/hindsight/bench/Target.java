package dev.hindsight.bench;

/** A goal from the performance issue: a median at most (times) or at least (ratios) some limit. */
record Target(double limit, boolean atMost) {
    static Target atMostMillis(double millis) {
        return new Target(millis, true);
    }

    static Target atLeast(double ratio) {
        return new Target(ratio, false);
    }

    boolean met(double median) {
        return atMost ? median <= limit : median >= limit;
    }

    String describe(String unit) {
        return (atMost ? "\u2264 " : "\u2265 ") + Row.number(limit, unit);
    }

    String verdict(double median) {
        return met(median) ? "met" : "MISSED";
    }
}
