package dev.hindsight.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Appends log records to one file and rotates it by size: when the next record would take it
 * past the limit, {@code hindsight.log} becomes {@code hindsight.log.1}, {@code .1} becomes
 * {@code .2}, and so on; the oldest generation is dropped. The current file keeps its name, so
 * {@link Logs#file()} is always where to look. Several running instances append to the same
 * file (appends are whole records); a rotation takes a lock file, so two never rotate at once.
 *
 * <p>The file is opened at the first record, which is preceded by a line naming the version,
 * Java, system and locale: a run that logs nothing leaves no trace. A log that cannot be
 * written is given up silently: logging never disturbs the application or the command line's
 * output.
 */
public final class LogFileHandler extends Handler {
    private final Path file;
    private final long limit;
    private final int generations;
    private FileChannel channel;
    private boolean givenUp;

    /** The handler {@link LogSetup}'s configuration names: {@link Logs#file()}, rotated at the usual size. */
    public LogFileHandler() {
        this(Logs.file(), Logs.LIMIT_BYTES, Logs.GENERATIONS);
    }

    /** Logs to {@code file}, rotated when it would pass {@code limit} bytes, keeping {@code generations} files. */
    public LogFileHandler(Path file, long limit, int generations) {
        if (limit < 1 || generations < 1) {
            throw new IllegalArgumentException("a log needs a positive size limit and at least one file");
        }
        this.file = file;
        this.limit = limit;
        this.generations = generations;
        setFormatter(new LogLineFormatter());
        setLevel(Level.ALL);
    }

    /** The current file; older generations are beside it with {@code .1}, {@code .2} … appended. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (givenUp || !isLoggable(record)) {
            return;
        }
        try {
            String text = getFormatter().format(record);
            if (channel == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                channel = open();
                append(getFormatter().format(header(record)));
            }
            append(text);
        } catch (IOException | RuntimeException e) {
            // Nowhere to say it: the console is the command line's output, and the log is what failed.
            giveUp();
        }
    }

    /** The line before a process's first record, at that record's time so that the file stays in order. */
    private static LogRecord header(LogRecord first) {
        LogRecord header = new LogRecord(Level.INFO, "started: " + Logs.environment() + ", process "
                + ProcessHandle.current().pid());
        header.setLoggerName("dev.hindsight");
        header.setInstant(first.getInstant());
        return header;
    }

    private void append(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long size = channel.size();
        if (size > 0 && size + bytes.remaining() > limit) {
            rotate(bytes.remaining());
        }
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /**
     * Shifts the generations under a lock shared with other instances. Another instance may have
     * rotated since this one last wrote (its writes then went to {@code .1}): when the file now at
     * the path has room, this one only reopens it.
     */
    private void rotate(long incoming) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lockChannel.lock(); // held until the channel closes
            channel.close();
            channel = null;
            if (!Files.exists(file) || Files.size(file) + incoming <= limit || Files.size(file) == 0) {
                channel = open();
                return;
            }
            Files.deleteIfExists(generation(generations - 1));
            for (int g = generations - 1; g >= 1; g--) {
                if (Files.exists(generation(g - 1))) {
                    Files.move(generation(g - 1), generation(g), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            channel = open();
        }
    }

    /** Generation {@code g}: 0 is the current file, 1 the one before it. */
    Path generation(int g) {
        return g == 0 ? file : file.resolveSibling(file.getFileName() + "." + g);
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private void giveUp() {
        givenUp = true;
        closeChannel();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing a file written without buffering loses nothing.
            }
            channel = null;
        }
    }

    @Override
    public void flush() {
        // Every record is written to the file as it comes; nothing is buffered here.
    }

    @Override
    public synchronized void close() {
        givenUp = true;
        closeChannel();
    }
}
