package dev.hindsight.library;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.Priority;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One action item as the library keeps it: where it is in its report ({@code index} in
 * {@code measures.actionItems}) and what the across-report lists show. {@code due} and
 * {@code priority} may be null.
 */
public record ActionDigest(int index, String title, String owner, LocalDate due, Priority priority,
                           ActionStatus status) {
    public ActionDigest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
    }

    /** Open or in progress: what "open" counts. */
    public boolean isOpen() {
        return ActionStatus.OPEN.equals(status) || ActionStatus.IN_PROGRESS.equals(status);
    }

    /** Open or in progress with a due date before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && due != null && due.isBefore(today);
    }

    /** The item's place in its report, as messages and {@code hindsight actions} name it. */
    public String path() {
        return "measures.actionItems[" + index + "]";
    }
}
