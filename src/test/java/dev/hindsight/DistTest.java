package dev.hindsight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * packaging/Dist.java takes the JavaFX jars of the system it builds on: the x64 and the ARM
 * builds of Linux and macOS have different classifiers, and a build on Apple Silicon or ARM
 * Linux that looked only for {@code -mac.jar} or {@code -linux.jar} had no JavaFX to link.
 */
class DistTest {
    @TempDir
    static Path classes;
    private static Method fxClassifier;

    @BeforeAll
    static void compileDist() throws Exception {
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "packaging/Dist.java");
        assertThat(exit).as("javac packaging/Dist.java").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()});
        fxClassifier = loader.loadClass("Dist").getDeclaredMethod("fxClassifier", String.class, String.class);
        fxClassifier.setAccessible(true);
        assertThat(Files.exists(classes.resolve("Dist.class"))).isTrue();
    }

    private static String classifier(String osName, String osArch) throws Exception {
        try {
            return (String) fxClassifier.invoke(null, osName, osArch);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    /** os.name and os.arch as each JDK reports them; the classifiers as the JavaFX 21 POM names its jars. */
    @ParameterizedTest
    @CsvSource({"Linux, amd64, linux", "Linux, aarch64, linux-aarch64", "Mac OS X, x86_64, mac",
        "Mac OS X, aarch64, mac-aarch64", "Windows 11, amd64, win", "Windows Server 2022, amd64, win"})
    void eachSystemTakesTheJavaFxJarsMavenResolvesThere(String osName, String osArch, String expected)
            throws Exception {
        assertThat(classifier(osName, osArch)).isEqualTo(expected);
    }

    @Test
    void aSystemJavaFxDoesNotBuildForIsRefusedByName() {
        assertThatThrownBy(() -> classifier("Windows 11", "aarch64"))
                .hasMessageStartingWith("JavaFX has no build for Windows 11 on aarch64");
        assertThatThrownBy(() -> classifier("Linux", "arm")).hasMessageStartingWith("JavaFX has no build for Linux on arm");
    }
}
