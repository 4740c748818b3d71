package dev.hindsight.platform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record: local time with its offset, level, logger, thread, message;
 * {@code 2025-03-02 08:50:12.345 +01:00 WARNING dev.hindsight.ui.HindsightApp [main]: …}.
 * Whatever belongs to the record beyond that line (a message's further lines, the stack trace)
 * follows on lines that start with a tab, and control characters are escaped, so a record
 * always starts at the beginning of a line and nothing a record contains (a file name with a
 * line break) can pass for another record. Numbers in parameterised messages are written in
 * one fixed form, whatever the machine's locale.
 */
public final class LogLineFormatter extends Formatter {
    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder(160);
        timestamp(out, record.getInstant().atZone(ZoneId.systemDefault()));
        out.append(' ').append(record.getLevel().getName()).append(' ');
        escaped(out, record.getLoggerName() == null ? "" : record.getLoggerName());
        out.append(" [");
        escaped(out, Thread.currentThread().getName());
        out.append("]: ");
        escaped(out, message(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            String text = trace.toString().stripTrailing();
            out.append("\n\t");
            escaped(out, text);
        }
        return out.append('\n').toString();
    }

    private String message(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return "";
        }
        if (record.getResourceBundle() != null) {
            return formatMessage(record); // a library's localised message, formatted its way
        }
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0 || !message.contains("{")) {
            return message;
        }
        try {
            return new MessageFormat(message, Locale.ROOT).format(parameters);
        } catch (IllegalArgumentException e) {
            return message; // not a pattern after all: the text as given
        }
    }

    private static void timestamp(StringBuilder out, ZonedDateTime t) {
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append(' ');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond()).append('.');
        int millis = t.getNano() / 1_000_000;
        out.append(millis < 100 ? "0" : "").append(millis < 10 ? "0" : "").append(millis).append(' ');
        int offset = t.getOffset().getTotalSeconds() / 60;
        out.append(offset < 0 ? '-' : '+');
        two(out, Math.abs(offset) / 60).append(':');
        two(out, Math.abs(offset) % 60);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }

    /**
     * Appends {@code text} with each line break (LF, CR LF, CR, U+2028, U+2029) written as a
     * new line starting with a tab, and other control characters as {@code \\uXXXX}.
     */
    static void escaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append("\n\t");
            } else if (c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
    }
}
