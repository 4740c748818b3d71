package dev.hindsight.format;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Explains why text is not JSON, in words a person can act on ("comments are not allowed in a
 * report", "NaN is not a JSON number"), at the line and column of the first mistake. The
 * parser finds that the text is broken; this scans it again, only then, and never repeats
 * the parser's own wording. Columns count UTF-16 characters, as the parser's do. Objects and
 * lists are followed on a stack, not by recursion: a file may nest deeply.
 */
final class JsonSyntax {
    /** A mistake: 1-based line and column, and what is wrong. */
    record Mistake(int line, int column, String problem) {
    }

    private static final String TRUNCATED = "the file ends in the middle of the JSON (is it truncated?)";

    private final JsonCursor in;
    /** Open objects and lists: '{' or '[' with the offset where each opened. */
    private final Deque<int[]> open = new ArrayDeque<>();

    private JsonSyntax(String text) {
        this.in = new JsonCursor(text);
    }

    /** The first mistake in {@code text}, or null when this scan finds none. */
    static Mistake explain(String text) {
        return new JsonSyntax(text).scan();
    }

    private Mistake scan() {
        try {
            skipSpace();
            if (!in.atEnd() && in.startsWord()) {
                return in.mistake(in.pos, "this is not JSON: expected `{` to start a report, found " + in.found(in.pos));
            }
            value();
            skipSpace();
            if (!in.atEnd()) {
                return in.mistake(in.pos, "unexpected content after the end of the JSON document");
            }
            return null;
        } catch (JsonCursor.Stop stop) {
            return stop.mistake;
        }
    }

    /** Reads one value and everything nested in it. */
    private void value() {
        readValue();
        while (!open.isEmpty()) {
            skipSpace();
            int[] top = open.peek();
            boolean object = top[0] == '{';
            char close = object ? '}' : ']';
            if (in.atEnd()) {
                throw in.stop(in.pos, TRUNCATED);
            }
            char c = in.current();
            if (c == close) {
                in.pos++;
                open.pop();
            } else if (c == ',') {
                in.pos++;
                skipSpace();
                if (!in.atEnd() && in.current() == close) {
                    throw in.stop(in.pos - 1, "a comma must be followed by another " + (object ? "member" : "value")
                            + ": remove the `,` before `" + close + "`");
                }
                if (object) {
                    member();
                } else {
                    readValue();
                }
            } else if (c == '}' || c == ']') {
                throw in.stop(in.pos, "found `" + c + "`, but the " + (object ? "object" : "list") + " opened at "
                        + in.place(top[1]) + " is closed by `" + close + "`");
            } else {
                throw in.stop(in.pos, "expected `,` or `" + close + "` after " + (object ? "a member of the object"
                        : "a value of the list") + " opened at " + in.place(top[1]) + ", found " + in.found(in.pos)
                        + (c == '"' || Character.isLetterOrDigit(c) ? " (is a comma missing?)" : ""));
            }
        }
    }

    /** A value: a scalar is read whole; an object or list is opened and its first member read. */
    private void readValue() {
        skipSpace();
        if (in.atEnd()) {
            throw in.stop(in.pos, TRUNCATED);
        }
        char c = in.current();
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            open.push(new int[] {c, in.pos});
            in.pos++;
            skipSpace();
            if (!in.atEnd() && in.current() == close) {
                in.pos++;
                open.pop();
            } else if (c == '{') {
                member();
            } else {
                readValue();
            }
        } else if (c == '"') {
            JsonScalars.string(in);
        } else if (c == '}' && !open.isEmpty() && open.peek()[0] == '[') {
            throw in.stop(in.pos, "found `}`, but the list opened at " + in.place(open.peek()[1]) + " is closed by `]`");
        } else {
            JsonScalars.scalar(in, c);
        }
    }

    /** A member of an object: a key in double quotes, a colon, and the start of its value. */
    private void member() {
        skipSpace();
        if (in.atEnd()) {
            throw in.stop(in.pos, TRUNCATED);
        }
        char c = in.current();
        if (c != '"') {
            if (c == '\'') {
                throw in.stop(in.pos, "a key must be in double quotes (\"), not single quotes (')");
            }
            if (c == '\u201c' || c == '\u201d') {
                throw in.stop(in.pos, "a key must be in straight double quotes (\"), not typographic quotes "
                        + "(\u201c\u201d)");
            }
            if (in.startsWord()) {
                throw in.stop(in.pos, "a key must be in double quotes: found " + in.found(in.pos));
            }
            throw in.stop(in.pos, "expected a key in double quotes, found " + in.found(in.pos));
        }
        int key = in.pos;
        JsonScalars.string(in);
        skipSpace();
        if (in.atEnd()) {
            throw in.stop(in.pos, TRUNCATED);
        }
        if (in.current() != ':') {
            throw in.stop(in.pos, "expected `:` after the key " + Describe.clip(in.text.substring(key,
                    Math.min(in.pos, key + 60)).strip()) + ", found " + in.found(in.pos));
        }
        in.pos++;
        readValue();
    }

    private void skipSpace() {
        while (!in.atEnd()) {
            char c = in.current();
            boolean comment = c == '#' || c == '/' && in.pos + 1 < in.text.length()
                    && (in.text.charAt(in.pos + 1) == '/' || in.text.charAt(in.pos + 1) == '*');
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                in.pos++;
            } else if (comment) {
                throw in.stop(in.pos, "comments are not allowed in a report (JSON has no comments)");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == '\uFEFF'
                    || Character.getType(c) == Character.FORMAT) {
                throw in.stop(in.pos, "the character " + JsonCursor.codePoint(c) + " is not allowed between values: "
                        + "only spaces, tabs and line breaks are");
            } else {
                return;
            }
        }
    }
}
