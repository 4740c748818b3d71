package dev.hindsight.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which characters the fonts installed on this machine can draw in the window. On Linux the
 * window's text falls back through every font fontconfig knows, so their union is what can be
 * shown; colour fonts (Noto Color Emoji) are left out, as JavaFX draws nothing with them. Asked
 * once, with {@code fc-list} (about 50 ms), never on the UI thread. Elsewhere, or without
 * fontconfig, coverage is unknown: Windows and macOS fall back to fonts for nearly every script.
 */
public final class FontCoverage {
    private static final List<String> FC_LIST =
            List.of("fc-list", "--format", "%{charset}\\n", ":scalable=True:color=False");
    private static final long TIMEOUT_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(FontCoverage.class.getName());

    private final BitSet covered;

    private FontCoverage(BitSet covered) {
        this.covered = covered;
    }

    /** The coverage of this machine's fonts, or empty when it cannot be known. */
    public static Optional<FontCoverage> ofThisMachine() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(FC_LIST).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warning("fc-list took more than " + TIMEOUT_SECONDS + " s: which characters the fonts show is unknown");
                return Optional.empty();
            }
            if (process.exitValue() != 0 || out.isBlank()) {
                LOG.warning("fc-list exited with " + process.exitValue() + ": which characters the fonts show is unknown");
                return Optional.empty();
            }
            FontCoverage coverage = parse(out);
            LOG.fine(() -> "fontconfig's fonts cover " + coverage.covered.cardinality() + " characters");
            return Optional.of(coverage);
        } catch (IOException e) {
            // no fontconfig tools: coverage unknown, nothing is claimed
            LOG.log(Level.INFO, "fc-list cannot run: which characters the fonts show is unknown", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Reads fontconfig charsets, one font a line, each a list of hexadecimal code points and
     * ranges ({@code 20-7e a0-17f 192}).
     */
    public static FontCoverage parse(String charsets) {
        BitSet covered = new BitSet(Character.MAX_CODE_POINT + 1);
        for (String token : charsets.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int dash = token.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? token : token.substring(0, dash), 16);
                int to = dash < 0 ? from : Integer.parseInt(token.substring(dash + 1), 16);
                if (from >= 0 && to <= Character.MAX_CODE_POINT && from <= to) {
                    covered.set(from, to + 1);
                }
            } catch (NumberFormatException e) {
                // not a charset token: skipped
            }
        }
        return new FontCoverage(covered);
    }

    /** Whether some font can draw {@code codePoint}. */
    public boolean covers(int codePoint) {
        return codePoint >= 0 && codePoint <= Character.MAX_CODE_POINT && covered.get(codePoint);
    }

    /**
     * Whether {@code codePoint} needs a glyph at all: line breaks, spaces, joiners, variation
     * selectors and other format characters are never drawn on their own.
     */
    public static boolean needsGlyph(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SPACE_SEPARATOR
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE
                && !(codePoint >= 0xFE00 && codePoint <= 0xFE0F) && !(codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
