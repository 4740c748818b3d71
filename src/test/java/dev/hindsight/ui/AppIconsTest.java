package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window icon set: every size present, decoded at its own size, and the same bytes icons/render.sh made. */
class AppIconsTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeLoadsAtItsOwnSize() {
        List<Image> icons = AppIcons.all();
        assertThat(icons).hasSize(AppIcons.SIZES.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            int size = AppIcons.SIZES.get(i);
            assertThat(icon.isError()).as("icon %d px failed to decode", size).isFalse();
            assertThat(icon.getWidth()).as("width of the %d px icon", size).isEqualTo(size);
            assertThat(icon.getHeight()).as("height of the %d px icon", size).isEqualTo(size);
        }
        assertThat(AppIcons.all()).isSameAs(icons);
    }

    @Test
    void theMarkIsOpaqueAndWhiteOnBlueAtSixteenPixels() {
        PixelReader pixels = AppIcons.all().get(0).getPixelReader();
        // The background square fills the corner region and the dial crosses the top middle.
        assertThat(pixels.getColor(3, 14).getOpacity()).isEqualTo(1.0);
        assertThat(pixels.getColor(3, 14).getBlue()).isGreaterThan(pixels.getColor(3, 14).getRed());
        assertThat(pixels.getColor(8, 3).getBrightness()).isGreaterThan(0.9);
    }

    @Test
    void theResourcesAreTheRenderedFiles() throws Exception {
        for (int size : AppIcons.SIZES) {
            byte[] shipped = AppIcons.class.getResourceAsStream(AppIcons.resource(size)).readAllBytes();
            byte[] rendered = Files.readAllBytes(Path.of("icons", "png", "hindsight-" + size + ".png"));
            assertThat(shipped).as("%d px: run icons/render.sh after changing an SVG", size).isEqualTo(rendered);
        }
    }
}
