package dev.hindsight.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.image.Image;

/** The application icon at every size a window may ask for: {@code stage.getIcons().setAll(AppIcons.all())}. */
public final class AppIcons {
    /** The rendered sizes, smallest first (icons/render.sh makes them from icons/*.svg). */
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** One image per size; the window system picks the closest for title bar, task switcher and dock. */
    public static List<Image> all() {
        return Loaded.IMAGES;
    }

    /**
     * Gives the icons to {@code stage} once the first window has been drawn: they are decoded on a
     * thread of their own (seven PNGs, tens of milliseconds cold), not on the JavaFX thread, which
     * has the window's first input to answer then (issue 18).
     */
    public static void setOnceDrawn(javafx.stage.Stage stage) {
        dev.hindsight.ui.support.FirstFrame.threads("hindsight-icons").newThread(() -> {
            List<Image> icons = all();
            javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
        }).start();
    }

    static String resource(int size) {
        return "/dev/hindsight/icons/hindsight-" + size + ".png";
    }

    private static Image load(int size) {
        String name = resource(size);
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing icon resource " + name);
            }
            // Decoded once, at the first window; the same images serve every later window.
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static final class Loaded {
        static final List<Image> IMAGES = SIZES.stream().map(AppIcons::load)
                .collect(Collectors.toUnmodifiableList());
    }
}
