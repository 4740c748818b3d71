package dev.hindsight.bench;

import dev.hindsight.testing.AppHarness;
import dev.hindsight.ui.window.MainWindow;
import dev.hindsight.ui.writing.FindBar;
import dev.hindsight.ui.writing.ProseArea;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * A benchmark JVM for writing in a real window (JavaFX, headless Monocle, software rendering), the
 * report open and the Root Cause tab shown. Scenarios:
 * <ul>
 * <li>{@code keystroke}: one character typed at the end of the Root Cause field, as a keyboard does it:
 * KEY_PRESSED, KEY_TYPED and KEY_RELEASED fired at the focused field through the scene's dispatch chain
 * (the scene's and the window's filters and handlers run). Measured: the JavaFX thread's CPU time from
 * the first event until the next pulse has laid the change out: the key handlers, the listeners of the
 * report they set off, bindings, work they posted with {@code runLater}, animations, CSS and layout.
 * Before each keystroke the window is left until the checks of the previous one are shown.</li>
 * <li>{@code findings}: after such a keystroke is laid out, the JavaFX thread's CPU time until the
 * checks it starts (the spelling underlines and the review's findings) have come back, been shown and
 * laid out: the quiet timers' pulses, the Markdown preview, the restyling of the field.</li>
 * <li>{@code find}: the find bar open, its query set to "database" (as the last keystroke of typing it,
 * or a paste); measured: the JavaFX thread's CPU time until the matches are listed, highlighted and
 * laid out (the find bar waits 120 ms after the last change before it searches: that wait is idle).</li>
 * </ul>
 * The note gives the median wall time too, which includes the waits for pulses (and, for find, the
 * 120 ms pause) and whatever else ran on this shared machine. Arguments: scenario, report file,
 * warm-ups, runs.
 */
public final class TypingBench {
    private static final String TYPED = " teh quick fix";
    private static final long SETTLE_SECONDS = 60;

    private final AppHarness harness;
    private final Path file;
    private MainWindow window;
    private ProseArea area;
    private int typed;

    private TypingBench(AppHarness harness, Path file) {
        this.harness = harness;
        this.file = file;
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Path file = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        TypingBench bench = new TypingBench(Fx.call(AppHarness::new), file);
        bench.openWindow();
        Trial.Outcome outcome;
        switch (args[0]) {
            case "keystroke":
                outcome = bench.measure(warmups, runs, bench::settled, bench::keystroke);
                break;
            case "findings":
                outcome = bench.measure(warmups, runs, bench::settled, bench::findings);
                break;
            case "find":
                bench.openFindBar();
                outcome = bench.measure(warmups, runs, bench::clearFind, bench::find);
                break;
            default:
                throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
        Trial.print(outcome);
        Platform.exit();
        System.exit(0);
    }

    /** One measured step: what the JavaFX thread did, and a note. */
    private interface Step {
        String run(List<Fx.Work> into) throws Exception;
    }

    /** As {@link Trial#measure}, but the figure of each run is the JavaFX thread's CPU time, not the wall time. */
    private Trial.Outcome measure(int warmups, int runs, Trial.Setup setup, Step step) throws Exception {
        List<Fx.Work> done = new ArrayList<>();
        for (int i = 0; i < warmups; i++) {
            setup.run();
            step.run(done);
        }
        double first = done.isEmpty() ? -1 : done.get(0).cpuMillis();
        done.clear();
        System.gc();
        String note = "";
        try (HeapWatch heap = new HeapWatch()) {
            heap.sample();
            for (int i = 0; i < runs; i++) {
                setup.run();
                note = step.run(done);
                heap.sample();
            }
            List<Double> cpu = done.stream().map(Fx.Work::cpuMillis).toList();
            List<Double> wall = done.stream().map(Fx.Work::wallMillis).toList();
            List<Double> action = done.stream().map(Fx.Work::actionMillis).toList();
            note += String.format(Locale.ROOT, "; JavaFX-thread CPU time (median of wall times %.1f ms%s)",
                    new Stats(wall).median(), action.stream().allMatch(a -> a == 0) ? "" : String.format(Locale.ROOT,
                            ", the handlers alone %.1f ms", new Stats(action).median()));
            return new Trial.Outcome(first < 0 ? cpu.get(0) : first, cpu, heap.peakUsedMb(), heap.peakLiveMb(), note);
        }
    }

    private Scene scene() {
        return window.stage().getScene();
    }

    private void openWindow() throws Exception {
        window = Fx.call(() -> harness.open(new Stage()));
        Fx.call(() -> {
            window.files().open(file);
            ((TabPane) scene().lookup("#sections")).getSelectionModel().select(2);
            return null;
        });
        Fx.untilShown(scene(), () -> { }, () -> scene().lookup("#root-cause") instanceof ProseArea a
                && a.getLength() > 0 && a.getHeight() > 0);
        area = (ProseArea) scene().lookup("#root-cause");
        Fx.call(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
            area.requestFollowCaret();
            return null;
        });
        settled();
    }

    /** Waits until the checks of the report as it is now are shown (untimed). */
    private void settled() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        while (!Fx.call(this::checksShown)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the checks did not come back within " + SETTLE_SECONDS + " s");
            }
            Thread.sleep(20);
        }
        Fx.untilShown(scene(), () -> { }, () -> true);
    }

    /** Whether the spelling marks and the review's findings are those of the report as it is now. */
    private boolean checksShown() {
        return window.checks().isUpToDate();
    }

    private String keystroke(List<Fx.Work> into) throws Exception {
        char c = TYPED.charAt(typed++ % TYPED.length());
        int before = Fx.call(area::getLength);
        into.add(Fx.measureUntilShown(scene(), () -> type(c), () -> area.getLength() == before + 1
                && area.getCaretPosition() == before + 1));
        return "one character typed at the end of a field of " + before + " characters";
    }

    private void type(char c) {
        Node target = scene().getFocusOwner() instanceof ProseArea focused ? focused : area;
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private String findings(List<Fx.Work> into) throws Exception {
        char c = TYPED.charAt(typed++ % TYPED.length());
        int before = Fx.call(area::getLength);
        Fx.Work typedIn = Fx.measureUntilShown(scene(), () -> type(c), () -> area.getLength() == before + 1);
        into.add(Fx.measureUntil(scene(), typedIn, this::checksShown));
        return "after one character is laid out, until the spelling marks and the review's findings of it are";
    }

    private FindBar bar() {
        return window.findBar();
    }

    private void openFindBar() throws Exception {
        Fx.untilShown(scene(), () -> bar().open(false), () -> bar().isOpen());
    }

    private TextField findField() {
        return (TextField) scene().lookup("#find-text");
    }

    private void clearFind() throws Exception {
        Object before = Fx.call(bar()::result);
        if (Fx.call(() -> findField().getText().isEmpty())) {
            return;
        }
        Fx.call(() -> {
            findField().setText("");
            return null;
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        while (Fx.call(bar()::result) == before) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the find bar did not search");
            }
            Thread.sleep(10);
        }
        Fx.untilShown(scene(), () -> { }, () -> true);
    }

    private String find(List<Fx.Work> into) throws Exception {
        Object before = Fx.call(bar()::result);
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) scene().lookup("#find-matches");
        BooleanSupplier shown = () -> bar().result() != before && list.isVisible()
                && list.getItems().size() == bar().result().matches().size() && !list.getItems().isEmpty();
        into.add(Fx.measureUntilShown(scene(), () -> findField().setText("database"), shown));
        int n = Fx.call(() -> bar().result().matches().size());
        return "\"database\": " + n + " matches listed and highlighted";
    }
}
