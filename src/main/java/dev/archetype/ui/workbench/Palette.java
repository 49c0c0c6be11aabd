package dev.archetype.ui.workbench;

import javafx.scene.paint.Color;

/**
 * Colours for clusters: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), reordered so the first clusters get the most distinct hues and the yellow, which is
 * hard to see on white, comes late. Past eight clusters the hues repeat darker.
 */
public final class Palette {
    private static final String[] HEX = {
            "#0072B2", // blue
            "#E69F00", // orange
            "#009E73", // bluish green
            "#CC79A7", // reddish purple
            "#56B4E9", // sky blue
            "#D55E00", // vermillion
            "#666666", // grey (stands in for Okabe–Ito black, which reads as text)
            "#E5C700", // yellow, darkened a little for contrast on white
    };

    private Palette() { }

    /** The colour of cluster {@code index} (0-based). */
    public static Color cluster(int index) {
        Color base = Color.web(HEX[Math.floorMod(index, HEX.length)]);
        int round = Math.floorMod(index, Integer.MAX_VALUE) / HEX.length;
        return round == 0 ? base : base.deriveColor(0, 1, Math.pow(0.7, round), 1);
    }

    /** The colour as a CSS hex string (#rrggbb). */
    public static String clusterHex(int index) {
        return toHex(cluster(index));
    }

    public static String toHex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
