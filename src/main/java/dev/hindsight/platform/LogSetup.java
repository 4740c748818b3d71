package dev.hindsight.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The JDK logging's configuration class ({@code java.util.logging.config.class}, set by
 * {@link Logs#useLogFile()}): one handler, the log file, on the root logger, at INFO; no
 * console handler, so the command line prints only its output. The JDK instantiates it when
 * the first logger is asked for.
 */
public final class LogSetup {
    static final String CONFIGURATION = "handlers=" + LogFileHandler.class.getName() + "\n.level=INFO\n";

    public LogSetup() {
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a configuration from memory failed", e);
        }
    }
}
