package dev.hindsight.ui.writing;

/**
 * Text as a field of one line takes it (the title, a table cell's editor): each line break (CR LF,
 * CR, LF, the Unicode line and paragraph separators, vertical tab, form feed) and each tab becomes
 * a space, so pasted words stay apart; other control characters are dropped, as a text field drops them.
 */
public final class OneLineText {
    private OneLineText() {
    }

    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean space = !crBeforeLf && (c == '\n' || c == '\r' || c == '\t' || c == '\u000b' || c == '\f'
                    || c == '\u2028' || c == '\u2029');
            boolean drop = crBeforeLf || (!space && Character.isISOControl(c));
            if ((space || drop) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (space) {
                out.append(' ');
            } else if (out != null && !drop) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
