package dev.hindsight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The report files under {@code src/test/resources/reports}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/reports/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a fixture in {@code dir}, to be changed by a test. */
    public static Path copy(String name, Path dir) {
        try {
            Path target = dir.resolve(Path.of(name).getFileName().toString());
            Files.copy(path(name), target);
            target.toFile().setWritable(true, true);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String EXAMPLE = "database-vanished.json";
}
