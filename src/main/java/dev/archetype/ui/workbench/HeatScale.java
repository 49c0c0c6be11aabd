package dev.archetype.ui.workbench;

import javafx.scene.paint.Color;

/**
 * The diverging heat-map scale for the profile grid: blue below the overall mean, white at it, orange
 * above it (a blue–orange pair stays distinguishable for red–green colour blindness). The input is a
 * z-score (cluster mean minus overall mean, in overall standard deviations), saturating at ±{@link #LIMIT}.
 */
public final class HeatScale {
    /** |z| at which the colour is fully saturated. */
    public static final double LIMIT = 2.0;
    static final Color LOW = Color.web("#2C7BB6");
    static final Color MID = Color.WHITE;
    static final Color HIGH = Color.web("#E66101");

    private HeatScale() { }

    /** Background colour for a z-score; white for NaN. */
    public static Color color(double z) {
        if (Double.isNaN(z)) return MID;
        double t = Math.max(-1, Math.min(1, z / LIMIT));
        return t < 0 ? MID.interpolate(LOW, -t) : MID.interpolate(HIGH, t);
    }

    /** Black or white, whichever reads better on {@link #color(double)}. */
    public static Color textColor(double z) {
        Color bg = color(z);
        double luminance = 0.2126 * bg.getRed() + 0.7152 * bg.getGreen() + 0.0722 * bg.getBlue();
        return luminance < 0.5 ? Color.WHITE : Color.BLACK;
    }

    /** CSS for a table cell showing a z-score. */
    public static String cellStyle(double z) {
        return "-fx-background-color: " + Palette.toHex(color(z)) + "; -fx-text-fill: " + Palette.toHex(textColor(z)) + ";";
    }
}
