package dev.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogLineFormatterTest {
    /** The start of every record: time with offset, level, logger, [thread]: . */
    private static final Pattern RECORD = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [+-]\\d\\d:\\d\\d [A-Z]+ \\S* \\[[^\\]]*\\]: .*");
    private static final long SEED = 20_240_610L;

    private final LogLineFormatter formatter = new LogLineFormatter();
    private Locale locale;
    private TimeZone zone;

    @BeforeEach
    void saveDefaults() {
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaults() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("dev.hindsight.format.ReportFiles");
        record.setParameters(parameters.length == 0 ? null : parameters);
        record.setInstant(Instant.parse("2024-06-10T09:05:07.042Z"));
        return record;
    }

    @Test
    void aRecordIsOneLineWithLocalTimeAndOffsetLevelLoggerThreadAndMessage() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        String text = formatter.format(record(Level.INFO, "saved /tmp/db.postmortem.json: 2,048 bytes in 12 ms"));
        assertThat(text).isEqualTo("2024-06-10 11:05:07.042 +02:00 INFO dev.hindsight.format.ReportFiles ["
                + Thread.currentThread().getName() + "]: saved /tmp/db.postmortem.json: 2,048 bytes in 12 ms\n");
        TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
        assertThat(formatter.format(record(Level.WARNING, "x"))).startsWith("2024-06-10 06:35:07.042 -02:30 WARNING ");
    }

    @Test
    void numbersInParametersAreWrittenTheSameWayInEveryLocale() {
        for (Locale l : List.of(Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
            Locale.setDefault(l);
            assertThat(formatter.format(record(Level.INFO, "read {0} bytes of {1}", 1_234_567, "r.json")))
                    .as("locale %s", l).endsWith("]: read 1,234,567 bytes of r.json\n");
        }
    }

    @Test
    void theStackTraceFollowsOnTabbedLines() {
        LogRecord record = record(Level.SEVERE, "uncaught");
        record.setThrown(new IllegalStateException("boom", new java.io.IOException("disk")));
        String[] lines = formatter.format(record).split("\n");
        assertThat(lines[0]).matches(RECORD).endsWith("]: uncaught");
        assertThat(lines[1]).isEqualTo("\tjava.lang.IllegalStateException: boom");
        assertThat(lines).contains("\tCaused by: java.io.IOException: disk");
        assertThat(List.of(lines).subList(1, lines.length)).allMatch(line -> line.startsWith("\t"));
    }

    /**
     * Whatever a message holds (a file name with a line break, escape sequences, a pasted
     * chat line), each record starts exactly one line that looks like a record and no raw
     * control character other than the line break and tab reaches the file.
     */
    @Test
    void noMessageCanPassForAnotherRecordOrCarryControlCharacters() {
        Random random = new Random(SEED);
        String forged = formatter.format(record(Level.SEVERE, "forged")).stripTrailing();
        char[] hostile = {'\n', '\r', '\u2028', '\u2029', '\u0085', '\u001b', '\u0000', '\u0007', '\u007f', '\t', '\b'};
        for (int run = 0; run < 500; run++) {
            List<LogRecord> records = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(4);
            for (int r = 0; r < count; r++) {
                StringBuilder message = new StringBuilder();
                for (int i = random.nextInt(60); i > 0; i--) {
                    int pick = random.nextInt(10);
                    message.append(pick < 3 ? hostile[random.nextInt(hostile.length)]
                            : pick == 3 ? "\n" + forged + "\n" : pick == 4 ? "\u00e9\u4e2d\ud83d\ude00"
                            : Character.toString('a' + random.nextInt(26)));
                }
                LogRecord record = record(Level.INFO, message.toString());
                if (random.nextInt(4) == 0) {
                    record.setThrown(new IllegalArgumentException(message.toString()));
                }
                records.add(record);
                text.append(formatter.format(record));
            }
            String all = text.toString();
            assertThat(all.chars().filter(c -> c != '\n' && c != '\t')
                    .filter(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'))
                    .as("seed %d, run %d: raw control characters", SEED, run).isEmpty();
            String[] lines = all.split("\n", -1);
            long starts = List.of(lines).stream().filter(line -> !line.startsWith("\t") && !line.isEmpty()).count();
            assertThat(List.of(lines).stream().filter(line -> !line.startsWith("\t") && !line.isEmpty()))
                    .as("seed %d, run %d", SEED, run).allMatch(line -> RECORD.matcher(line).matches());
            assertThat(starts).as("seed %d, run %d: lines that start a record", SEED, run).isEqualTo(count);
        }
    }
}
