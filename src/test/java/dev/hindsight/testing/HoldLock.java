package dev.hindsight.testing;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A child JVM that locks a file the way a live save or a running instance does, says
 * {@code locked} on standard output, and keeps the lock until its standard input closes.
 */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input or kills us
            }
        }
    }

    /** Starts a child holding the lock on {@code file}; returns once the lock is held. */
    public static Process start(Path file) throws Exception {
        Process process = ChildJvm.of(HoldLock.class, java.util.List.of(file.toString())).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream())).readLine();
        if (!"locked".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not take the lock: " + line);
        }
        return process;
    }
}
