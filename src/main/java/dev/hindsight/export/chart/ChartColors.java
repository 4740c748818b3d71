package dev.hindsight.export.chart;

/**
 * The colours the timeline chart is drawn in: the PDF's on white, and a set for a dark window
 * (AtlantaFX's Primer Dark), whose text, grid and outage band are read against a dark surface.
 * The kinds' own colours ({@code KindColors}) are the same on both: their marks keep an outline.
 */
public record ChartColors(String background, String text, String muted, String grid, String axis, String outline,
        String outageFill, String outageEdge, String milestone, String hatch) {

    /** On white: the PDF, and the window's light theme. */
    public static final ChartColors LIGHT = new ChartColors("#FFFFFF", "#1F2328", "#57606A", "#E6E9ED", "#8C959F",
            "#24292F", "#FBE4E2", "#B42318", "#3D444D", "#8A6D00");
    /** On a dark surface (Primer Dark's #0D1117). */
    public static final ChartColors DARK = new ChartColors("#0D1117", "#E6EDF3", "#9198A1", "#30363D", "#6E7681",
            "#D1D7E0", "#3C1E22", "#F85149", "#9198A1", "#D29922");

    /** The set for a surface of colour {@code background} ({@code #RRGGBB}): dark or light by its lightness. */
    public static ChartColors on(String background) {
        ChartColors set = luminance(background) < 0.4 ? DARK : LIGHT;
        return new ChartColors(background, set.text, set.muted, set.grid, set.axis, set.outline, set.outageFill,
                set.outageEdge, set.milestone, set.hatch);
    }

    /** WCAG's relative luminance of a {@code #RRGGBB} colour, 0 (black) to 1 (white). */
    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1, 7), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
