package dev.archetype.core.transactions;

/**
 * How one item attribute sets a cluster's purchases apart from everyone's.
 * {@link #score()} is a standardised difference (share difference over the overall binomial spread, or
 * mean difference over the overall standard deviation), so categorical and numeric lifts rank together.
 */
public sealed interface AttributeLift permits AttributeLift.Level, AttributeLift.Mean {

    String attribute();

    double score();

    /** One line for the profile: "Varietal = Pinot Noir: 86% of this group's purchases vs 11% overall". */
    String describe();

    /**
     * A categorical level's share of the group's purchases.
     *
     * @param share        this cluster's share (0..1) of its purchases with a known level
     * @param overallShare the same over all customers
     * @param lift         share / overallShare (infinite when the level is absent overall, which cannot happen
     *                     for a level the cluster bought)
     * @param purchases    the cluster's purchase weight at this level (presence: items taken)
     * @param basis        what the shares are of: "purchases", "spend" or the summed column ("quantity")
     */
    record Level(String attribute, String level, double share, double overallShare, double lift, double purchases,
                 double score, String basis) implements AttributeLift {
        public Level(String attribute, String level, double share, double overallShare, double lift, double purchases, double score) {
            this(attribute, level, share, overallShare, lift, purchases, score, "purchases");
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s = %s: %s of this group's %s vs %s overall",
                    attribute, level, percent(share), basis, percent(overallShare));
        }
    }

    /**
     * A numeric attribute's mean over the group's purchases.
     *
     * @param mean        mean over this cluster's purchases (weighted by the pivot cell)
     * @param overallMean the same over all customers
     * @param ratio       mean / overallMean
     * @param low         the value at or below which 3 in 4 of the group's purchases fall (75th percentile)
     * @param high        the value at or above which 3 in 4 of the group's purchases fall (25th percentile)
     * @param basis       what the mean is weighted by: "purchases", "spend" or the summed column
     */
    record Mean(String attribute, double mean, double overallMean, double ratio, double low, double high,
                double score, String basis) implements AttributeLift {
        public Mean(String attribute, double mean, double overallMean, double ratio, double low, double high, double score) {
            this(attribute, mean, overallMean, ratio, low, high, score, "purchases");
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s: mean %s over this group's %s vs %s overall",
                    attribute, number(mean), basis, number(overallMean));
        }
    }

    /** What a pivot's cells measure, as the roll-up words it: purchases (presence, count), spend, or the summed column. */
    static String basis(PivotValue value) {
        if (!(value instanceof PivotValue.Sum s)) return "purchases";
        return MONEY.matcher(s.column()).find() ? "spend" : s.column().strip().toLowerCase(java.util.Locale.ROOT);
    }

    java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile(
            "(?i)(sales|spend|spent|revenue|amount|value|turnover|price|cost|total|£|\\$|€)");

    static String percent(double share) {
        return dev.archetype.core.profile.NumberText.percent(share);
    }

    static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) return Long.toString(Math.round(v));
        return Math.abs(v) >= 100 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
