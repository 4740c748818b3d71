package dev.hindsight.find;

/**
 * Text that stops a regular expression running past a deadline: Java's matcher cannot be
 * interrupted, but it reads its input through {@link #charAt}, which here checks the clock now and
 * then. A pathological expression such as {@code (a+)+$} on a long field gives a message instead
 * of a frozen window.
 */
final class TimeLimitedText implements CharSequence {
    /** Thrown out of the matcher when the deadline passed. */
    static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super(null, null, false, false);
        }
    }

    private final CharSequence text;
    private final long deadlineNanos;
    private int reads;

    TimeLimitedText(CharSequence text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0x3FFF) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimeLimitedText(text.subSequence(start, end), deadlineNanos);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
