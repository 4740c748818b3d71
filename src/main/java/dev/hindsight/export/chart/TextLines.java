package dev.hindsight.export.chart;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines that fit a width, for the chart's caption. */
final class TextLines {
    private TextLines() {
    }

    /** The caption in lines no wider than the chart, broken between words (a word wider than the chart is cut). */
    static List<String> of(String caption, TextMeasure measure, double size, double room) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : caption.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure.width(longer, size, false) > room) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        out.add(line.toString());
        out.replaceAll(l -> fit(l, measure, size, room));
        return out;
    }

    private static String fit(String text, TextMeasure measure, double size, double room) {
        String out = text;
        while (out.length() > 1 && measure.width(out, size, false) > room) {
            out = out.substring(0, out.length() - 2) + "\u2026";
        }
        return out;
    }
}
