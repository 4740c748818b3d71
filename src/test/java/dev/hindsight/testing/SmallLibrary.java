package dev.hindsight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The small library written by hand under {@code src/test/resources/library}, copied into a
 * folder of the test, plus a report in a hidden {@code .git} folder (which must be skipped; Maven
 * does not copy hidden folders into the test resources, so it is made here).
 */
public final class SmallLibrary {
    private SmallLibrary() {
    }

    public static Path copyTo(Path dir) {
        try {
            Path source = Path.of(SmallLibrary.class.getResource("/library").toURI());
            Path target = Files.createDirectories(dir.resolve("reports"));
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path hidden = Files.createDirectories(target.resolve(".git"));
            Files.copy(target.resolve("2023/f-new-year.postmortem.json"), hidden.resolve("hidden.postmortem.json"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
