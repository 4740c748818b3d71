package dev.hindsight.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Choosing a kind, a priority or a severity by typing, as a user types it, with a clock the test moves. */
class TypeAheadTest {
    private final AtomicLong now = new AtomicLong(1_000_000);

    private <C extends dev.hindsight.model.Code> TypeAhead<C> of(List<C> values) {
        return new TypeAhead<>(values, TypeAhead::names, now::get);
    }

    private <C> TypeAhead.Match<C> typeQuickly(TypeAhead<C> keys, String typed) {
        TypeAhead.Match<C> last = null;
        for (char c : typed.toCharArray()) {
            now.addAndGet(150);
            last = keys.type(String.valueOf(c));
        }
        return last;
    }

    @Test
    void mDoesNotPickMisleadingButOffersBothAndMitPicksMitigation() {
        TypeAhead<EntryKind> kinds = of(EntryKind.KNOWN);
        TypeAhead.Match<EntryKind> m = typeQuickly(kinds, "m");
        assertThat(m.unique()).isFalse();
        assertThat(m.matches()).containsExactly(EntryKind.MISLEADING, EntryKind.MITIGATION);
        assertThat(typeQuickly(kinds, "i").matches()).containsExactly(EntryKind.MISLEADING, EntryKind.MITIGATION);
        TypeAhead.Match<EntryKind> mit = typeQuickly(kinds, "t");
        assertThat(mit.unique()).isTrue();
        assertThat(mit.highlighted()).isEqualTo(EntryKind.MITIGATION);
        now.addAndGet(TypeAhead.INTERVAL_MILLIS + 1);
        assertThat(typeQuickly(kinds, "MIS").highlighted()).isEqualTo(EntryKind.MISLEADING);
    }

    @Test
    void keysTypedAfterAPauseStartAgain() {
        TypeAhead<EntryKind> kinds = of(EntryKind.KNOWN);
        assertThat(typeQuickly(kinds, "d").highlighted()).isEqualTo(EntryKind.DETECTION);
        assertThat(typeQuickly(kinds, "e").highlighted()).as("de: still Detection").isEqualTo(EntryKind.DETECTION);
        now.addAndGet(TypeAhead.INTERVAL_MILLIS + 1);
        assertThat(typeQuickly(kinds, "e").highlighted()).isEqualTo(EntryKind.ESCALATION);
    }

    @Test
    void numberKeysPickPrioritiesAndSeverities() {
        TypeAhead<Priority> priorities = of(nullFirst(Priority.KNOWN));
        for (int p = 0; p <= 3; p++) {
            now.addAndGet(TypeAhead.INTERVAL_MILLIS + 1);
            TypeAhead.Match<Priority> match = typeQuickly(priorities, String.valueOf(p));
            assertThat(match.unique()).isTrue();
            assertThat(match.highlighted()).isEqualTo(Priority.KNOWN.get(p));
        }
        TypeAhead<Severity> severities = of(Severity.KNOWN);
        for (int s = 1; s <= 5; s++) {
            now.addAndGet(TypeAhead.INTERVAL_MILLIS + 1);
            assertThat(typeQuickly(severities, String.valueOf(s)).highlighted()).isEqualTo(Severity.KNOWN.get(s - 1));
        }
        now.addAndGet(TypeAhead.INTERVAL_MILLIS + 1);
        assertThat(typeQuickly(severities, "sev4").highlighted()).isEqualTo(Severity.SEV4);
        assertThat(typeQuickly(severities, "9").matches()).as("nothing fits").isEmpty();
    }

    @Test
    void theSameLetterAgainStepsThroughTheChoicesItStartsWithoutPickingOne() {
        TypeAhead<EntryKind> kinds = of(EntryKind.KNOWN);
        assertThat(typeQuickly(kinds, "r").highlighted()).isEqualTo(EntryKind.RESPONSE);
        TypeAhead.Match<EntryKind> rr = typeQuickly(kinds, "r");
        assertThat(rr.highlighted()).isEqualTo(EntryKind.RESOLUTION);
        assertThat(rr.unique()).isFalse();
    }

    @Test
    void eachChoiceShowsTheKeysThatPickIt() {
        TypeAhead<EntryKind> kinds = of(EntryKind.KNOWN);
        assertThat(kinds.keysFor(EntryKind.MISLEADING)).isEqualTo("mis");
        assertThat(kinds.keysFor(EntryKind.MITIGATION)).isEqualTo("mit");
        assertThat(kinds.keysFor(EntryKind.DETECTION)).isEqualTo("d");
        assertThat(kinds.keysFor(EntryKind.RESPONSE)).isEqualTo("resp");
        assertThat(of(nullFirst(Priority.KNOWN)).keysFor(Priority.P1)).isEqualTo("1");
        assertThat(of(Severity.KNOWN).keysFor(Severity.SEV5)).isEqualTo("5");
        assertThat(of(ActionStatus.KNOWN).keysFor(ActionStatus.WONT_DO)).isEqualTo("w");
        for (EntryKind kind : EntryKind.KNOWN) {
            String keys = kinds.keysFor(kind);
            now.addAndGet(TypeAhead.INTERVAL_MILLIS + 1);
            assertThat(typeQuickly(kinds, keys).highlighted()).as(keys).isEqualTo(kind);
        }
    }

    private static <C> List<C> nullFirst(List<C> known) {
        List<C> out = new ArrayList<>();
        out.add(null);
        out.addAll(known);
        return out;
    }
}
