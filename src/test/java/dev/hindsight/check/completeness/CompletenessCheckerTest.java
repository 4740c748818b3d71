package dev.hindsight.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The completeness rule: one finding per missing thing, at its own path, with a message saying what to add. */
class CompletenessCheckerTest {
    private static final Instant T0 = Instant.parse("2024-06-10T11:00:00Z");

    /** A report with everything the rule asks for. */
    static Report complete() {
        ActionItem item = ActionItem.blank().withTitle("Confirm destructive commands").withOwner("Platform team")
                .withDue(LocalDate.parse("2024-07-01")).withPriority(Priority.P1);
        return Report.blank().builder().title("Database vanished").severity(Severity.SEV1)
                .summary(new Summary(T0, T0.plusSeconds(7200), "All users saw errors.", new BigDecimal("100"),
                        "A command deleted the production database.", dev.hindsight.model.Extras.NONE))
                .timeline(List.of(new TimelineEntry(T0, EntryKind.DETECTION, "Users report errors"),
                        new TimelineEntry(T0.plusSeconds(600), EntryKind.MITIGATION, "Restore started")))
                .rootCause("The command ran against production.").resolution("Restored from backup.")
                .measures(new Measures("", List.of(item), dev.hindsight.model.Extras.NONE)).build();
    }

    private static List<String> found(Report r) {
        return CompletenessChecker.standard().check(r).stream().map(f -> f.path() + ": " + f.message()).toList();
    }

    @Test
    void aCompleteReportRaisesNothing() {
        assertThat(found(complete())).isEmpty();
        assertThat(found(complete().withStatus(ReportStatus.FINAL))).isEmpty();
    }

    @Test
    void aBlankReportListsEveryMissingThingAtItsOwnPath() {
        List<Finding> all = CompletenessChecker.standard().check(Report.blank());
        assertThat(all).extracting(Finding::path).containsExactly("title", "severity", "summary.startedAt",
                "summary.endedAt", "summary.impact", "summary.usersAffectedPercent", "summary.rootCause", "timeline",
                "rootCause", "resolution", "measures.improvements", "measures.actionItems");
        assertThat(all).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("completeness");
            assertThat(f.isAboutWords()).isFalse();
        });
        assertThat(all.get(7).message()).isEqualTo("No detection event in the timeline: add when and how the incident "
                + "was noticed, as an event of kind detection");
        assertThat(all.get(7).text()).isEqualTo("detection");
        assertThat(all.get(2).message()).isEqualTo("No start of the outage: give when the impact began");
    }

    @Test
    void actionItemsWithoutOwnerDueDateOrPriorityAreNamedByNumberAndTitle() {
        Report r = complete().withMeasures(new Measures("", List.of(
                ActionItem.blank().withTitle("Update access controls").withPriority(Priority.P1),
                ActionItem.blank().withOwner("DBA team").withStatus(ActionStatus.DONE),
                ActionItem.blank().withTitle("Write a long runbook for every destructive database operation we run")
                        .withStatus(ActionStatus.WONT_DO)), dev.hindsight.model.Extras.NONE));
        assertThat(found(r)).containsExactly(
                "measures.actionItems[0].owner: Action item 1 (\u201cUpdate access controls\u201d) has no owner: "
                        + "name the person or team who will do it",
                "measures.actionItems[0].due: Action item 1 (\u201cUpdate access controls\u201d) has no due date: "
                        + "agree on when it will be done",
                "measures.actionItems[1].priority: Action item 2 has no priority: choose one (P0 is the most urgent)",
                "measures.actionItems[2].owner: Action item 3 (\u201cWrite a long runbook for every\u2026\u201d) "
                        + "has no owner: name the person or team who will do it");
    }

    @Test
    void theTimelineFlagsOfTheTableAreFindings() {
        Report r = complete().withTimeline(List.of(
                new TimelineEntry(T0.minusSeconds(1200), EntryKind.NOTE, "Deploy started"),
                new TimelineEntry(T0, EntryKind.DETECTION, "Users report errors"),
                new TimelineEntry(null, EntryKind.RESPONSE, "Paged the DBA"),
                new TimelineEntry(T0.plusSeconds(900), EntryKind.MITIGATION, "Restore started"),
                new TimelineEntry(T0.plusSeconds(300), EntryKind.INVESTIGATION, "Backup found"),
                new TimelineEntry(T0.plusSeconds(86400), EntryKind.RESOLUTION, "Declared resolved")));
        assertThat(found(r)).containsExactly(
                "timeline[0].at: Event 1 (10:40) is before the outage started (11:00): correct its time or the start "
                        + "of the outage",
                "timeline[2].at: Event 3 has no time: give when it happened, even roughly",
                "timeline[4]: Event 5 (11:05) is earlier than the event above it (11:15): move it to its place or "
                        + "correct its time",
                "timeline[5].at: Event 6 (2024-06-11 11:00) is after the outage ended (2024-06-10 13:00): correct its "
                        + "time or the end of the outage");
    }

    @Test
    void aTeamCanRequireOtherKindsAndLeaveChecksOut() {
        CompletenessChecker c = new CompletenessChecker(Set.of(CompletenessCheck.USERS_AFFECTED, CompletenessCheck.TITLE),
                List.of("detection", "resolution"));
        Report r = complete().withTitle("").withSummary(complete().summary().withUsersAffectedPercent(null));
        assertThat(c.check(r)).extracting(f -> f.path() + " " + f.text() + ": " + f.message()).containsExactly(
                "timeline resolution: No resolution event in the timeline: add one, as an event of kind resolution");
    }

    @Test
    void anOutageThatEndsBeforeItStartsIsAFindingAtItsEnd() {
        Report r = complete().withSummary(complete().summary().withEndedAt(T0.minusSeconds(60)));
        assertThat(found(r)).contains("summary.endedAt: The outage ends before it starts: correct its start or its end");
    }

    @Test
    void openQuestionsInAFinalReportAreFoundWithTheirOffsetsButNotInCode() {
        Report draft = complete().withRootCause("Cause: TBD. Why did the backup fail?? `// TODO fix` and\n\n"
                + "    XXX in a code block\n\nThe fix is to be determined; see [insert link]. FIXME: todo list.");
        assertThat(found(draft)).isEmpty();
        Report r = draft.withStatus(ReportStatus.FINAL);
        List<Finding> all = CompletenessChecker.standard().check(r);
        assertThat(all).extracting(f -> f.path() + " " + f.start() + "-" + f.end() + " " + f.text()).containsExactly(
                "rootCause 7-10 TBD", "rootCause 35-37 ??", "rootCause 93-109 to be determined",
                "rootCause 115-128 [insert link]", "rootCause 130-135 FIXME", "rootCause 137-141 todo");
        for (Finding f : all) {
            assertThat(r.rootCause().substring(f.start(), f.end())).isEqualTo(f.text());
        }
        assertThat(all.get(0).message()).isEqualTo("\u201cTBD\u201d is an open question in a report marked final: "
                + "answer it, or set the report back to draft or in review");
        assertThat(found(complete().withStatus(ReportStatus.FINAL).withTitle("Outage of xxx.example and TODOS")))
                .isEmpty();
    }
}
