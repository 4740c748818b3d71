package dev.hindsight.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.hindsight.ui.support.Settings;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX Primer light or dark for the whole application, our own style sheet, and zoom per scene. */
public final class Theme {
    /** AtlantaFX's base font size, scaled by the zoom setting. */
    public static final double BASE_FONT_PX = 14;
    private static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("hindsight.css"), "hindsight.css").toExternalForm();

    private Theme() {
    }

    public static void follow(Settings settings) {
        apply(settings.darkTheme().get());
        settings.darkTheme().addListener((o, a, dark) -> apply(dark));
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the application's style sheet and keeps the scene's text size at the zoom setting. */
    public static void style(Scene scene, Settings settings) {
        scene.getStylesheets().add(STYLESHEET);
        zoom(scene, settings.zoom().get());
        settings.zoom().addListener((o, a, z) -> zoom(scene, z.doubleValue()));
    }

    private static void zoom(Scene scene, double zoom) {
        scene.getRoot().setStyle(fontSize(zoom));
    }

    /** A dialog looks like its window: the application's style sheet and the window's text size. */
    public static void style(javafx.scene.control.DialogPane pane, double zoom) {
        pane.getStylesheets().add(STYLESHEET);
        pane.setStyle(fontSize(zoom));
    }

    private static String fontSize(double zoom) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * zoom);
    }
}
