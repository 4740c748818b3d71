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
    private static Method launcherScript;

    @BeforeAll
    static void compileDist() throws Exception {
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "packaging/Dist.java");
        assertThat(exit).as("javac packaging/Dist.java").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()});
        fxClassifier = loader.loadClass("Dist").getDeclaredMethod("fxClassifier", String.class, String.class);
        fxClassifier.setAccessible(true);
        launcherScript = loader.loadClass("Dist").getDeclaredMethod("launcherScript", String.class, java.util.List.class);
        launcherScript.setAccessible(true);
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

    /**
     * The Linux launcher script runs the image's java with the .cfg's options, class path and main
     * class, found through a link (as /usr/bin/hindsight), the user's arguments passed unchanged
     * and the options' {@code *} not expanded by the shell.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void theLinuxLauncherScriptRunsTheImagesJavaWithTheCfgsOptions(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("opt with space/hindsight");
        Path fakeJava = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
        fakeJava.toFile().setExecutable(true);
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/aot-x.txt"), "a file the * could match");
        String script = (String) launcherScript.invoke(null, "hindsight-cli", java.util.List.of("[Application]",
                "app.classpath=$APPDIR/hindsight.jar", "app.mainclass=dev.hindsight.Main",
                "app.classpath=$APPDIR/picocli-4.7.7.jar", "", "[JavaOptions]",
                "java-options=-XX:AOTCache=$APPDIR/hindsight-cli.aot",
                "java-options=-Xlog:all=warning,aot*=off,cds*=off:stderr"));
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("hindsight-cli");
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true);
        Path link = Files.createSymbolicLink(dir.resolve("hindsight"), launcher);
        Process p = new ProcessBuilder(link.toString(), "export", "a report.json", "--pdf=$HOME/*.pdf")
                .directory(image.resolve("lib/app").toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        String app = image.toRealPath().resolve("lib/app").toString();
        assertThat(out.lines()).containsExactly("[-XX:AOTCache=" + app + "/hindsight-cli.aot]",
                "[-Xlog:all=warning,aot*=off,cds*=off:stderr]", "[-cp]",
                "[" + app + "/hindsight.jar:" + app + "/picocli-4.7.7.jar]", "[dev.hindsight.Main]", "[export]",
                "[a report.json]", "[--pdf=$HOME/*.pdf]");
    }

    @Test
    void aLauncherOptionTheScriptCouldNotQuoteIsRefused() {
        assertThatThrownBy(() -> {
            try {
                launcherScript.invoke(null, "Hindsight", java.util.List.of("app.mainclass=M", "app.classpath=$APPDIR/a.jar",
                        "java-options=-Dx=$HOME"));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }).hasMessageContaining("-Dx=$HOME");
    }
}
