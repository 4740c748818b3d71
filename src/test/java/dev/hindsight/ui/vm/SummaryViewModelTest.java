package dev.hindsight.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ListEdits;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.ui.summary.SummaryViewModel;
import dev.hindsight.ui.window.DocumentViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Issue Summary's view model, without a window. */
class SummaryViewModelTest {
    private final DocumentViewModel doc = new DocumentViewModel();
    private final SummaryViewModel vm = new SummaryViewModel(doc);

    @Test
    void aPercentOutsideTheRangeIsKeptInTheFieldWithTheReasonAndNotTaken() {
        vm.usersAffected().text().set("150");
        vm.usersAffected().commit();
        assertThat(vm.usersAffected().error().get()).isEqualTo("a share of users goes from 0 to 100 %, not 150");
        assertThat(vm.usersAffected().text().get()).isEqualTo("150");
        assertThat(doc.current().summary().usersAffectedPercent()).isNull();
        vm.usersAffected().text().set("12,5 %");
        assertThat(vm.usersAffected().error().get()).as("cleared as soon as the text reads").isEmpty();
        vm.usersAffected().commit();
        assertThat(doc.current().summary().usersAffectedPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void startAndEndAreTypedInTheReportZoneAndTheFiguresFollowLive() {
        vm.zone().set("Europe/Paris");
        vm.start().date().set(LocalDate.of(2024, 6, 10));
        vm.start().time().set("13:00");
        vm.start().commit();
        vm.end().date().set(LocalDate.of(2024, 6, 10));
        vm.end().time().set("3:30 PM");
        vm.end().commit();
        assertThat(doc.current().summary().startedAt()).isEqualTo(Instant.parse("2024-06-10T11:00:00Z"));
        assertThat(doc.current().summary().endedAt()).isEqualTo(Instant.parse("2024-06-10T13:30:00Z"));
        assertThat(vm.duration().get()).isEqualTo("2 h 30 min");
        assertThat(vm.toDetect().get()).isEqualTo("\u2014");
        doc.execute(ListEdits.TIMELINE.insert(0, List.of(new TimelineEntry(Instant.parse("2024-06-10T11:20:00Z"),
                EntryKind.DETECTION, "alert")), "Add"));
        assertThat(vm.toDetect().get()).isEqualTo("20 min");
        vm.zone().set("UTC");
        assertThat(vm.start().time().get()).as("changing the zone never moves an instant").isEqualTo("11:00");
    }

    /** The figures read every event: they are kept while neither the timeline nor the window changes, and follow either. */
    @Test
    void theFiguresFollowEveryChangeOfTheTimelineOrTheWindowAndNoOther() {
        Instant start = Instant.parse("2024-06-10T11:00:00Z");
        doc.execute(dev.hindsight.edit.SummaryEdits.startedAt(start));
        doc.execute(dev.hindsight.edit.SummaryEdits.endedAt(start.plusSeconds(3600)));
        doc.execute(ListEdits.TIMELINE.insert(0, List.of(new TimelineEntry(start.plusSeconds(600), EntryKind.DETECTION,
                "alert"), new TimelineEntry(start.plusSeconds(900), EntryKind.RESPONSE, "paged")), "Add"));
        assertThat(List.of(vm.duration().get(), vm.toDetect().get(), vm.toRespond().get()))
                .containsExactly("1 h 00 min", "10 min", "5 min");
        doc.execute(dev.hindsight.edit.TextField.ROOT_CAUSE.set("Typing elsewhere"));
        assertThat(List.of(vm.duration().get(), vm.toDetect().get(), vm.toRespond().get()))
                .containsExactly("1 h 00 min", "10 min", "5 min");
        TimelineEntry first = doc.current().timeline().get(0);
        doc.execute(ListEdits.TIMELINE.replace(0, first.withAt(start.plusSeconds(300)), "Change Time", null));
        assertThat(vm.toDetect().get()).as("an event's time").isEqualTo("5 min");
        assertThat(vm.toRespond().get()).isEqualTo("10 min");
        doc.execute(ListEdits.TIMELINE.replace(1, doc.current().timeline().get(1).withKind(EntryKind.MITIGATION),
                "Change Kind", null));
        assertThat(vm.toRespond().get()).as("an event's kind").isEqualTo("\u2014");
        assertThat(vm.toMitigate().get()).isEqualTo("15 min");
        doc.execute(dev.hindsight.edit.SummaryEdits.startedAt(start.minusSeconds(600)));
        assertThat(vm.toDetect().get()).as("the start").isEqualTo("15 min");
        doc.execute(dev.hindsight.edit.SummaryEdits.endedAt(start.plusSeconds(7200)));
        assertThat(vm.duration().get()).as("the end").isEqualTo("2 h 10 min");
        doc.undo();
        doc.undo();
        assertThat(List.of(vm.duration().get(), vm.toDetect().get())).as("undone").containsExactly("1 h 00 min", "5 min");
    }

    @Test
    void anEndBeforeTheStartIsMarked() {
        vm.start().date().set(LocalDate.of(2024, 6, 10));
        vm.start().time().set("12:00");
        vm.start().commit();
        vm.end().date().set(LocalDate.of(2024, 6, 10));
        vm.end().time().set("11:00");
        vm.end().commit();
        assertThat(vm.windowError().get()).startsWith("The end is before the start");
        assertThat(doc.current().summary().windowIsReversed()).isTrue();
        assertThat(vm.duration().get()).as("no negative duration").isEqualTo("\u2014");
        assertThat(vm.toResolve().get()).isEqualTo("\u2014");
        assertThat(doc.warnings()).extracting(Object::toString)
                .containsExactly("The incident ends before it starts (Issue Summary: Started, Ended)");
        vm.end().time().set("13:00");
        vm.end().commit();
        assertThat(vm.windowError().get()).isEmpty();
        assertThat(vm.duration().get()).isEqualTo("1 h 00 min");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void aTimeInADaylightSavingGapIsMovedAndNoted() {
        vm.zone().set("Europe/Paris");
        vm.start().date().set(LocalDate.of(2024, 3, 31));
        vm.start().time().set("02:30");
        vm.start().commit();
        assertThat(doc.current().summary().startedAt()).isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
        assertThat(vm.start().note().get()).contains("daylight-saving");
    }

    @Test
    void timeWithoutDateOrUnreadableTimeIsNotTaken() {
        vm.start().time().set("11:00");
        vm.start().commit();
        assertThat(vm.start().error().get()).isEqualTo("choose a date as well");
        vm.start().date().set(LocalDate.of(2024, 6, 10));
        assertThat(doc.current().summary().startedAt()).as("picking the date completes it")
                .isEqualTo(Instant.parse("2024-06-10T11:00:00Z"));
        vm.start().time().set("noonish");
        vm.start().commit();
        assertThat(vm.start().error().get()).startsWith("not a time such as 11:05");
        assertThat(vm.start().time().get()).isEqualTo("noonish");
        assertThat(doc.current().summary().startedAt()).isEqualTo(Instant.parse("2024-06-10T11:00:00Z"));
    }

    @Test
    void valuesFromANewerVersionAreShownAndKept() {
        Report fromFile = Report.blank().withSeverity(new Severity("SEV0")).withTimeZone("Mars/Olympus_Mons");
        doc.opened(fromFile, null, List.of(), null);
        assertThat(vm.severities()).extracting(Object::toString).contains("SEV0 (unknown, kept as written)");
        assertThat(vm.severity().get().value()).isEqualTo(new Severity("SEV0"));
        assertThat(vm.zoneError().get()).contains("Mars/Olympus_Mons").contains("times are shown in UTC");
        assertThat(doc.dirty().get()).isFalse();
        vm.severity().set(vm.severities().get(1));
        assertThat(doc.current().severity()).isEqualTo(Severity.SEV1);
    }

    @Test
    void authorsAreOnePerLine() {
        vm.authors().text().set("Ana\n\n  SRE team  \n");
        assertThat(doc.current().authors()).containsExactly("Ana", "SRE team");
        assertThat(vm.authors().text().get()).as("what is being typed is not rewritten").isEqualTo("Ana\n\n  SRE team  \n");
    }
}
