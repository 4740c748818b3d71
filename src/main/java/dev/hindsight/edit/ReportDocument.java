package dev.hindsight.edit;

import dev.hindsight.model.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The report being edited and its one undo stack. Every change goes through
 * {@link #execute(Command)}; "unsaved" is derived from the stack position at the last save,
 * so undoing back to it clears the mark. Not thread-safe: the UI calls it from its thread.
 */
public final class ReportDocument {
    /** How long a pause in typing may be before the next keystroke starts a new undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1500;
    static final int MAX_HISTORY = 1000;

    /** Told after every change of the report or of the undo state. */
    public interface Listener {
        void changed(Report before, Report after);
    }

    private record Step(Command command, Report before, Report after, long lastChangeMillis) {
    }

    private static final Step CLEAN = new Step(null, null, null, 0);

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final LongSupplier clock;
    private Report report;
    private Step saved = CLEAN;
    private boolean mergeAllowed;

    public ReportDocument(Report report) {
        this(report, System::currentTimeMillis);
    }

    public ReportDocument(Report report, LongSupplier clock) {
        this.report = Objects.requireNonNull(report);
        this.clock = clock;
    }

    public Report report() {
        return report;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Applies an edit as one undo step, or merges it into the step being typed. Returns false when nothing changed. */
    public boolean execute(Command command) {
        Report before = report;
        Report after = command.apply(before);
        if (after == before || after.equals(before)) {
            return false;
        }
        long now = clock.getAsLong();
        Step top = undo.peek();
        if (canMerge(top, command, now)) {
            undo.pop();
            undo.push(new Step(top.command(), top.before(), after, now));
        } else {
            undo.push(new Step(command, before, after, now));
            if (undo.size() > MAX_HISTORY) {
                Step dropped = undo.removeLast();
                if (dropped == saved || saved == CLEAN) {
                    saved = null;
                }
            }
        }
        redo.clear();
        mergeAllowed = command.mergeKey() != null;
        set(after);
        return true;
    }

    private boolean canMerge(Step top, Command command, long now) {
        return mergeAllowed && top != null && top != saved && command.mergeKey() != null
                && command.mergeKey().equals(top.command().mergeKey())
                && now - top.lastChangeMillis() <= MERGE_WINDOW_MILLIS;
    }

    /** The next keystroke starts a new undo step (focus moved, a save happened). */
    public void endMerging() {
        mergeAllowed = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(s -> s.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(s -> s.command().description());
    }

    public boolean undo() {
        Step step = undo.poll();
        if (step == null) {
            return false;
        }
        redo.push(step);
        mergeAllowed = false;
        set(step.before());
        return true;
    }

    public boolean redo() {
        Step step = redo.poll();
        if (step == null) {
            return false;
        }
        undo.push(step);
        mergeAllowed = false;
        set(step.after());
        return true;
    }

    /** Whether the report differs from what was last saved or opened. */
    public boolean isDirty() {
        Step top = undo.isEmpty() ? CLEAN : undo.peek();
        return top != saved;
    }

    /** The report as it is now, with its place in the undo history, to be saved in the background. */
    public Snapshot snapshot() {
        return new Snapshot(undo.isEmpty() ? CLEAN : undo.peek(), report);
    }

    /**
     * Records that {@code snapshot} was saved as {@code written} (the report with its save
     * stamps). If nothing was edited meanwhile, {@code written} becomes the current report,
     * without an undo step of its own; otherwise the later edits stay, unsaved.
     */
    public void markSaved(Snapshot snapshot, Report written) {
        Step top = undo.isEmpty() ? CLEAN : undo.peek();
        mergeAllowed = false;
        if (top != snapshot.position) {
            saved = snapshot.position;
            fire(report, report);
            return;
        }
        if (top == CLEAN) {
            saved = CLEAN;
        } else {
            Step stamped = new Step(top.command(), top.before(), written, top.lastChangeMillis());
            undo.pop();
            undo.push(stamped);
            saved = stamped;
        }
        set(written);
    }

    /** A report and its position in the undo history; see {@link #snapshot()}. */
    public static final class Snapshot {
        private final Step position;
        private final Report report;

        private Snapshot(Step position, Report report) {
            this.position = position;
            this.report = report;
        }

        public Report report() {
            return report;
        }
    }

    /** Marks the current state as never saved: a new report from a template, a restored recovery. */
    public void markUnsaved() {
        saved = null;
        fire(report, report);
    }

    private void set(Report after) {
        Report before = report;
        report = after;
        fire(before, after);
    }

    private void fire(Report before, Report after) {
        for (Listener listener : List.copyOf(listeners)) {
            listener.changed(before, after);
        }
    }
}
