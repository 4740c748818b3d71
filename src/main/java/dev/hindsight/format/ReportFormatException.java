package dev.hindsight.format;

/**
 * A refusal to read a file, worded for the person who has to fix it: which file, where in
 * it (a path such as {@code timeline[3].at} and/or a line and column), and what was expected.
 */
public final class ReportFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which kind of refusal this is, for code that treats some differently (never the message text). */
    public enum Kind {
        /** There is no file of that name. */
        NO_SUCH_FILE,
        /** The name cannot reach the file: it is not valid text in the system's encoding. */
        UNUSABLE_NAME,
        /** The file exists but is not a readable regular file (a folder, a device, no permission, a disk error). */
        NOT_READABLE,
        /** The file was read, and its content is refused. */
        CONTENT
    }

    private final Kind kind;
    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    ReportFormatException(String source, String path, int line, int column, String problem) {
        this(source, path, line, column, problem, null);
    }

    /** A refusal caused by a fault of the reader itself rather than of the file; {@code cause} says which. */
    ReportFormatException(String source, String path, int line, int column, String problem, Throwable cause) {
        this(Kind.CONTENT, source, path, line, column, problem, cause);
    }

    /** A refusal of the file itself rather than of its content. */
    ReportFormatException(Kind kind, String source, String problem) {
        this(kind, source, null, 0, 0, problem, null);
    }

    private ReportFormatException(Kind kind, String source, String path, int line, int column, String problem,
                                  Throwable cause) {
        super(compose(source, path, line, column, problem), cause);
        this.kind = kind;
        this.source = source;
        this.path = path;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /**
     * A refusal of a value that did not come from a file (a value typed to resolve a conflict, a
     * path into a report): {@code source} names what was refused, {@code path} where.
     */
    public static ReportFormatException of(String source, String path, String problem) {
        return new ReportFormatException(source, path, 0, 0, problem);
    }

    private static String compose(String source, String path, int line, int column, String problem) {
        StringBuilder out = new StringBuilder(Names.shown(source)).append(": ");
        String place = place(path, line, column);
        if (!place.isEmpty()) {
            out.append(place).append(": ");
        }
        return out.append(problem).toString();
    }

    private static String place(String path, int line, int column) {
        String at = line > 0 ? "line " + line + ", column " + column : "";
        if (path == null || path.isEmpty()) {
            return at;
        }
        return at.isEmpty() ? path : path + " (" + at + ")";
    }

    public Kind kind() {
        return kind;
    }

    /** The file (or other source) that was refused, as the user named it (not escaped: see {@link Names}). */
    public String source() {
        return source;
    }

    /** The path of the offending value, such as {@code timeline[3].at}, or null when the JSON itself is broken. */
    public String path() {
        return path;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong and what was expected, without the file and place. */
    public String problem() {
        return problem;
    }

    /**
     * Whether this refusal hides a fault of the reader (an unexpected exception) rather than
     * a fault of the file: such a refusal is a bug to report, and the fuzz tests fail on it.
     */
    public boolean isReaderFault() {
        return getCause() instanceof RuntimeException;
    }

    /** The same refusal placed at a line and column. */
    ReportFormatException at(int newLine, int newColumn) {
        return new ReportFormatException(kind, source, path, newLine, newColumn, problem, getCause());
    }
}
