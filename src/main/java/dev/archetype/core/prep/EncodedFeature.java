package dev.archetype.core.prep;

/**
 * One column of a {@link FeatureMatrix} and how it was made from the dataset.
 *
 * @param name         display name ("Fresh", or "Region = Lisbon" for a one-hot level)
 * @param sourceColumn the dataset column it came from
 * @param level        the categorical level for a one-hot column, null for a numeric column
 * @param center       subtracted before scaling (mean, min or median)
 * @param scale        divided by after centering (std, range, IQR; includes any one-hot weight); never 0
 * @param fill         what a missing value becomes, in original units: the mean or median of the fit's rows for a
 *                     numeric column, 1 or 0 for a one-hot level (whether it is the most common level); NaN when
 *                     missing rows are dropped instead. Kept so new rows are filled as the fit's rows were.
 * @param log          whether the value is taken as log(1 + x) before centring and scaling
 */
public record EncodedFeature(String name, String sourceColumn, String level, double center, double scale, double fill,
                             boolean log) {
    public EncodedFeature {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be positive: " + scale);
    }

    /** A feature whose missing values are not filled (rows with one are dropped). */
    public EncodedFeature(String name, String sourceColumn, String level, double center, double scale) {
        this(name, sourceColumn, level, center, scale, Double.NaN, false);
    }

    /** A feature taken as it is (not log-transformed). */
    public EncodedFeature(String name, String sourceColumn, String level, double center, double scale, double fill) {
        this(name, sourceColumn, level, center, scale, fill, false);
    }

    public boolean isOneHot() {
        return level != null;
    }

    public double toScaled(double original) {
        return ((log ? Math.log1p(original) : original) - center) / scale;
    }

    public double toOriginal(double scaled) {
        double v = scaled * scale + center;
        return log ? Math.expm1(v) : v;
    }
}
