package dev.hindsight.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places in a report as messages name them: {@code title}, {@code timeline[4].text},
 * {@code measures.actionItems[1].status}. An unknown key that is not a plain name is written
 * in brackets as a JSON string: {@code timeline[2]["x.y"]}.
 */
public final class Paths {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private Paths() {
    }

    /** One step of a path: a key of an object, or an index of a list. */
    public record Step(String key, int index) {
        public boolean isIndex() {
            return key == null;
        }

        static Step key(String key) {
            return new Step(key, -1);
        }

        static Step index(int index) {
            return new Step(null, index);
        }
    }

    public static String member(String prefix, String key) {
        if (!PLAIN.matcher(key).matches()) {
            return prefix + "[" + quoted(key) + "]";
        }
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    public static String index(String prefix, int index) {
        return prefix + "[" + index + "]";
    }

    /** The steps of a path; empty when it is not a path of this form. */
    public static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[') {
                int close;
                if (i + 1 < n && path.charAt(i + 1) == '"') {
                    StringBuilder key = new StringBuilder();
                    close = unquote(path, i + 2, key);
                    if (close < 0 || close >= n || path.charAt(close) != ']') {
                        return List.of();
                    }
                    steps.add(Step.key(key.toString()));
                } else {
                    close = path.indexOf(']', i);
                    if (close < 0) {
                        return List.of();
                    }
                    try {
                        int index = Integer.parseInt(path.substring(i + 1, close));
                        if (index < 0) {
                            return List.of();
                        }
                        steps.add(Step.index(index));
                    } catch (NumberFormatException e) {
                        return List.of();
                    }
                }
                i = close + 1;
            } else {
                if (c == '.') {
                    if (steps.isEmpty()) {
                        return List.of();
                    }
                    i++;
                } else if (!steps.isEmpty()) {
                    return List.of();
                }
                int end = i;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (!PLAIN.matcher(path.substring(i, end)).matches()) {
                    return List.of();
                }
                steps.add(Step.key(path.substring(i, end)));
                i = end;
            }
        }
        return steps;
    }

    /** A list row and the path within it: {@code timeline[3].text} is {@code timeline}, 3, {@code .text}. */
    public record RowPlace(String list, int index, String rest) {
        public String path() {
            return Paths.index(list, index) + rest;
        }

        public RowPlace at(int newIndex) {
            return new RowPlace(list, newIndex, rest);
        }
    }

    /** The first list row on a path, if the path goes through one: {@code timeline[3].text} is row 3 of {@code timeline}. */
    public static Optional<RowPlace> row(String path) {
        List<Step> steps = parse(path);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isIndex()) {
                String rest = format(steps.subList(i + 1, steps.size()), "x").substring(1);
                return Optional.of(new RowPlace(format(steps.subList(0, i), ""), steps.get(i).index(), rest));
            }
        }
        return Optional.empty();
    }

    /** The path of these steps, after {@code prefix}. */
    public static String format(List<Step> steps, String prefix) {
        String out = prefix;
        for (Step step : steps) {
            out = step.isIndex() ? index(out, step.index()) : member(out, step.key());
        }
        return out;
    }

    private static String quoted(String key) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Reads a quoted key from {@code from} into {@code key}; returns the index after the closing quote, or -1. */
    private static int unquote(String path, int from, StringBuilder key) {
        int i = from;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < path.length()) {
                char e = path.charAt(i + 1);
                if (e == 'u' && i + 5 < path.length()) {
                    try {
                        key.append((char) Integer.parseInt(path.substring(i + 2, i + 6), 16));
                    } catch (NumberFormatException x) {
                        return -1;
                    }
                    i += 6;
                    continue;
                }
                key.append(e);
                i += 2;
                continue;
            }
            key.append(c);
            i++;
        }
        return -1;
    }
}
