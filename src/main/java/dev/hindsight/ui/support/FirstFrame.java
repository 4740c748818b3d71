package dev.hindsight.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Holds back work the first frame does not need until the process's first report window has been
 * drawn: the review's and the spell check's first run, the scan of the machine's fonts, the
 * window's icons. On a machine with two cores a thread that reads phrase lists and dictionaries
 * while the window builds its controls slows the window by about as much (issue 18).
 *
 * <p>Threads made by {@link #threads(String)} wait for the frame, and for the JavaFX thread's work
 * queued by then (what {@link #thenOnFx} and {@link #afterDrawn} hold back), before their first task, at most
 * {@link #LONGEST_WAIT_MS} (a window that is never shown, in a test, costs that wait once); tasks
 * given to them meanwhile queue up as they would behind a busy thread. Once open the gate stays
 * open: later windows do not wait.
 */
public final class FirstFrame {
    /**
     * The longest a gated thread waits for a window that may never be drawn: long, as a window
     * takes several seconds to build on a busy machine, and the wait should not end before it.
     */
    static final long LONGEST_WAIT_MS = 20_000;
    private static final Logger LOG = Logger.getLogger(FirstFrame.class.getName());
    private static final FirstFrame PROCESS = new FirstFrame(LONGEST_WAIT_MS, Platform::runLater);

    private final long longestWaitMs;
    private final Executor fx;
    /** Set on the JavaFX thread once the frame is drawn; guarded by {@link #onFx}. */
    private boolean open;
    /** Counted down once the JavaFX thread has done the work queued for the frame: the gated threads' start. */
    private final CountDownLatch drawn = new CountDownLatch(1);
    /** Work for the JavaFX thread waiting for the gate; guarded by itself. */
    private final List<Runnable> onFx = new ArrayList<>();

    /** A gate of its own (tests); the application has one, behind the static methods. */
    FirstFrame(long longestWaitMs, Executor fx) {
        this.longestWaitMs = longestWaitMs;
        this.fx = fx;
    }

    /**
     * Opens the gate once {@code scene}, just shown, has been laid out and the pulse that draws it
     * has ended (JavaFX thread). Later calls, from later windows, do nothing.
     */
    public static void openAfter(Scene scene) {
        if (isOpen()) {
            return;
        }
        afterNextDrawn(scene, PROCESS::open);
    }

    /** Runs {@code work} on the JavaFX thread after {@code scene}'s next layout pass and the drawing of that pulse. */
    private static void afterNextDrawn(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The pulse that laid the scene out goes on to render it; what runs next comes after.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Runs {@code work} on the JavaFX thread once {@code node} is in a scene and that scene has been
     * laid out and drawn with it (a part of a window the first frame does not show). Every window
     * does this for its own parts, not only the first one; a node never shown never runs it.
     */
    public static void afterDrawn(Node node, Runnable work) {
        javafx.beans.value.ChangeListener<Scene> inScene = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    afterNextDrawn(scene, work);
                }
            }
        };
        node.sceneProperty().addListener(inScene);
        inScene.changed(node.sceneProperty(), null, node.getScene());
    }

    public static boolean isOpen() {
        return PROCESS.opened();
    }

    /** Runs {@code work} on the JavaFX thread when the gate opens (soon, when it is open already). */
    public static void thenOnFx(Runnable work) {
        PROCESS.later(work);
    }

    /** Daemon threads named {@code name} that wait for the gate before running their first task. */
    public static ThreadFactory threads(String name) {
        return PROCESS.factory(name);
    }

    void open() {
        List<Runnable> waiting;
        synchronized (onFx) {
            if (open) {
                return;
            }
            LOG.fine("first frame drawn: work held back for it starts");
            open = true;
            waiting = List.copyOf(onFx);
            onFx.clear();
        }
        waiting.forEach(fx::execute);
        // The gated threads start once the JavaFX thread has done what was queued for it until now (the
        // parts of the window built after the frame, the work above): on two cores, four threads
        // starting with the frame took the CPU the JavaFX thread needed to answer the first keystroke.
        fx.execute(drawn::countDown);
    }

    boolean opened() {
        synchronized (onFx) {
            return open;
        }
    }

    /** Whether the gated threads have been let go (tests). */
    boolean threadsStarted() {
        return drawn.getCount() == 0;
    }

    void later(Runnable work) {
        synchronized (onFx) {
            if (!open) {
                onFx.add(work);
                return;
            }
        }
        fx.execute(work);
    }

    ThreadFactory factory(String name) {
        return task -> {
            Thread t = new Thread(() -> {
                await();
                task.run();
            }, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Waits until the gate is open, at most {@link #longestWaitMs}. */
    private void await() {
        try {
            if (!drawn.await(longestWaitMs, TimeUnit.MILLISECONDS)) {
                LOG.fine("no window drawn in time: work held back for it starts anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
