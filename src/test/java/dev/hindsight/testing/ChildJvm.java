package dev.hindsight.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Starts a main class of the tests in a second JVM, on the same class path, to be killed or to hold locks. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * A process builder for {@code java MAIN ARGS}, tuned to start fast. The class path is
     * the test classes, the main classes and the jars of the given classes.
     */
    public static ProcessBuilder of(Class<?> main, List<String> args, Class<?>... needed) {
        Set<String> classPath = new LinkedHashSet<>();
        classPath.add(location(main));
        classPath.add(location(ChildJvm.class));
        for (Class<?> c : needed) {
            classPath.add(location(c));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", String.join(File.pathSeparator, classPath), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends a child that is still running (SIGKILL on Linux and macOS) and waits for it. */
    public static void kill(Process process) throws IOException {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the child JVM to end", e);
        }
    }
}
