package dev.hindsight.check.completeness;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The things the {@code completeness} rule looks for, each with the code a team's
 * {@code .hindsight/check.json} uses to leave it out ({@code "skip": ["users-affected"]}).
 */
public enum CompletenessCheck {
    TITLE("title", "the report has a title"),
    SEVERITY("severity", "a severity is chosen"),
    OUTAGE_WINDOW("outage-window", "the outage has a start and an end, in that order"),
    IMPACT("impact", "the impact is described"),
    USERS_AFFECTED("users-affected", "the share of users affected is given"),
    ROOT_CAUSE("root-cause", "the root cause and its one-sentence summary are written"),
    RESOLUTION("resolution", "the resolution is written"),
    MEASURES("measures", "there are corrective and preventative measures (improvements or action items)"),
    ACTION_ITEMS("action-items", "there is at least one action item"),
    EVENT_KINDS("event-kinds", "the timeline has an event of each required kind (detection unless told)"),
    EVENT_TIME("event-time", "every timeline event has a time"),
    EVENT_ORDER("event-order", "timeline events are in time order"),
    EVENT_WINDOW("event-window", "timeline events lie inside the outage window"),
    ACTION_OWNER("action-owner", "every action item has an owner"),
    ACTION_DUE("action-due", "every open action item has a due date"),
    ACTION_PRIORITY("action-priority", "every action item that will be done has a priority"),
    OPEN_QUESTIONS("open-questions", "a final report holds no open questions (TBD, TODO, ??, FIXME…)");

    private final String code;
    private final String summary;

    CompletenessCheck(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    public String code() {
        return code;
    }

    /** What the check asks for, for documentation and help. */
    public String summary() {
        return summary;
    }

    public static Optional<CompletenessCheck> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(CompletenessCheck::code).toList();
    }
}
