package dev.hindsight.platform;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reports macOS asks Hindsight to open: a double-click in Finder, a drop on the Dock icon, Open
 * With. macOS sends them as an Apple Event, not as arguments, and with JavaFX 21 only AWT's
 * {@link Desktop#setOpenFileHandler} receives it, and only when AWT starts before JavaFX (then
 * JavaFX runs inside AWT's application). So {@link #listenIfMac} is called in {@code main}, before
 * the window starts; files that arrive before the window can take them wait here.
 */
public final class OpenFileEvents {
    private static final OpenFileEvents SHARED = new OpenFileEvents();

    private final List<Path> waiting = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    OpenFileEvents() {
    }

    /** The one instance the operating system's events go to. */
    public static OpenFileEvents shared() {
        return SHARED;
    }

    /**
     * On macOS ({@code osName} as in {@code os.name}), listens for files to open, which starts
     * AWT; anywhere else does nothing and loads no AWT class, so start-up on Linux and Windows
     * pays nothing. Returns whether AWT was started.
     */
    public static boolean listenIfMac(String osName) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        MacDesktop.listen(SHARED);
        return true;
    }

    /** Files to open, from any thread: handed to the receiver, or kept until there is one. */
    synchronized void received(List<Path> files) {
        Logger.getLogger(OpenFileEvents.class.getName()).info(() -> "the system asks to open " + files);
        if (receiver == null) {
            waiting.addAll(files);
        } else {
            receiver.accept(List.copyOf(files));
        }
    }

    /**
     * From now on hands every request to {@code receiver} (on the thread the request came on),
     * starting with those that were waiting.
     */
    public synchronized void deliverTo(Consumer<List<Path>> receiver) {
        this.receiver = receiver;
        if (!waiting.isEmpty()) {
            List<Path> files = List.copyOf(waiting);
            waiting.clear();
            receiver.accept(files);
        }
    }

    /** Kept apart so that only macOS loads {@link Desktop}. */
    private static final class MacDesktop {
        static void listen(OpenFileEvents events) {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Logger.getLogger(OpenFileEvents.class.getName()).info("this system offers no open-file events");
                return;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> events.received(
                    event.getFiles().stream().map(File::toPath).collect(Collectors.toList())));
        }
    }
}
