package dev.hindsight.check.rules;

/**
 * A team's {@code check.json} that cannot be used, with a message naming the file, the line and
 * column, and what is wrong: the command line refuses the reports it applies to with it, the
 * window shows it.
 */
public final class CheckSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckSettingsException(String message) {
        super(message);
    }
}
