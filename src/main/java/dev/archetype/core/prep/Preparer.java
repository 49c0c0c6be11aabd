package dev.archetype.core.prep;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns chosen dataset columns into the {@link FeatureMatrix} k-means sees: missing values by policy,
 * categorical columns one-hot encoded, numeric columns scaled, constant columns dropped.
 *
 * <p>One-hot weighting: the indicator columns of one categorical column are divided by a common factor
 * so the column as a whole counts like one numeric feature, however many levels it has. Under z-score and
 * robust scaling the factor is {@code sqrt(1 − Σ p²)} (p = level shares), which gives the block a total
 * variance of 1, the variance of one z-scored column. Under min–max and no scaling the factor is √2, so two
 * rows with different levels are at distance 1, the full range of one min–max column. Indicators are not
 * centred, so a centroid's value in original units is the share of its members with that level.
 *
 * <p>Date columns are used as days since 1970-01-01. Text and identifier columns are refused.
 * Stateless and thread-safe.
 */
public final class Preparer {
    private Preparer() { }

    /**
     * Prepares the matrix.
     *
     * @throws IllegalArgumentException naming the column when the spec cannot be applied: unknown or
     *                                  duplicate column, a text column, no values left, nothing usable
     */
    public static FeatureMatrix prepare(Dataset data, FeatureSpec spec) {
        try (var timing = dev.archetype.core.task.Timings.span("prepare")) {
            List<Column> cols = resolve(data, spec.columns());
            int n = data.rowCount();
            if (n == 0) throw new IllegalArgumentException("No rows to cluster in " + data.source());
            List<String> warnings = new ArrayList<>();

            int[] keep = keptRows(cols, n, spec.missing());
            if (keep.length == 0) {
                throw new IllegalArgumentException("Every row has a missing value in " + String.join(", ", spec.columns())
                        + ", so dropping rows with missing values leaves nothing to cluster");
            }
            if (keep.length < n) {
                warnings.add("Left out " + (n - keep.length) + " of " + n + " rows with a missing value in the chosen columns");
            }

            List<EncodedFeature> features = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (Column c : cols) {
                if (c instanceof CategoricalColumn cat) {
                    encodeCategorical(cat, keep, spec.scaling(), features, values, warnings);
                } else {
                    encodeNumeric(c, keep, spec, features, values, warnings);
                }
            }
            if (features.isEmpty()) {
                throw new IllegalArgumentException("None of the chosen columns can separate clusters: "
                        + String.join(", ", spec.columns()) + " are constant");
            }

            int rows = keep.length;
            int d = features.size();
            double[] flat = new double[rows * d];
            for (int j = 0; j < d; j++) {
                double[] v = values.get(j);
                EncodedFeature f = features.get(j);
                double center = f.center();
                double scale = f.scale();
                for (int i = 0; i < rows; i++) {
                    double z = (v[i] - center) / scale;
                    // Near ±1e308 the difference itself overflows; dividing first keeps the (finite) scaled value.
                    flat[i * d + j] = Double.isFinite(z) ? z : v[i] / scale - center / scale;
                }
            }
            return new FeatureMatrix(rows, d, flat, features, keep, warnings);
        }
    }

    /** How many rows have at least one missing cell among {@code columns} (what DROP_ROWS would leave out). */
    public static int rowsAffectedByMissing(Dataset data, List<String> columns) {
        List<Column> cols = new ArrayList<>();
        for (String name : columns) {
            Column c = data.require(name);
            if (c.missingCount() > 0) cols.add(c); // counts are cached: no scan when nothing is missing
        }
        if (cols.isEmpty()) return 0;
        if (cols.size() == 1) return cols.get(0).missingCount();
        int count = 0;
        for (int i = 0, n = data.rowCount(); i < n; i++) {
            for (Column c : cols) {
                if (c.isMissing(i)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static List<Column> resolve(Dataset data, List<String> names) {
        if (names.isEmpty()) throw new IllegalArgumentException("Choose at least one feature column");
        Set<String> seen = new HashSet<>();
        List<Column> cols = new ArrayList<>();
        for (String name : names) {
            if (!seen.add(name)) throw new IllegalArgumentException("Column '" + name + "' is chosen twice");
            Column c = data.require(name);
            if (c instanceof TextColumn) {
                throw new IllegalArgumentException("Column '" + name + "' holds " + c.type().label()
                        + " values; only numeric, categorical and date columns can be clustering features");
            }
            cols.add(c);
        }
        return cols;
    }

    private static int[] keptRows(List<Column> cols, int n, MissingPolicy policy) {
        if (policy != MissingPolicy.DROP_ROWS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] keep = new int[n];
        int m = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (Column c : cols) if (c.isMissing(i)) continue outer;
            keep[m++] = i;
        }
        return Arrays.copyOf(keep, m);
    }

    private static void encodeNumeric(Column c, int[] keep, FeatureSpec spec, List<EncodedFeature> features,
                                      List<double[]> values, List<String> warnings) {
        int rows = keep.length;
        double[] v = new double[rows];
        int missing = 0;
        for (int i = 0; i < rows; i++) {
            double x = numericValue(c, keep[i]);
            v[i] = x;
            if (Double.isNaN(x)) missing++;
        }
        if (missing == rows) {
            throw new IllegalArgumentException("Column '" + c.name() + "' has no values to cluster on (every cell is missing)");
        }
        double fill = spec.missing() == MissingPolicy.DROP_ROWS ? Double.NaN
                : spec.missing() == MissingPolicy.MEDIAN ? Stats.median(present(v)) : Stats.mean(present(v));
        if (missing > 0) {
            for (int i = 0; i < rows; i++) if (Double.isNaN(v[i])) v[i] = fill;
            warnings.add("Filled " + missing + " missing " + (missing == 1 ? "cell" : "cells") + " in '" + c.name()
                    + "' with the " + (spec.missing() == MissingPolicy.MEDIAN ? "median" : "mean") + " (" + fmt(fill) + ")");
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isInfinite(x)) throw new IllegalArgumentException("Column '" + c.name() + "' holds an infinite value");
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        boolean log = spec.logged().contains(c.name());
        if (log) {
            if (min < 0) {
                throw new IllegalArgumentException("Column '" + c.name() + "' has negative values (down to " + fmt(min)
                        + "), so it cannot be log-transformed; leave it out of the log transform");
            }
            for (int i = 0; i < rows; i++) v[i] = Math.log1p(v[i]);
            min = Math.log1p(min);
            max = Math.log1p(max);
        }
        if (min == max) {
            warnings.add("Dropped '" + c.name() + "': every row has the same value (" + fmt(min) + "), so it cannot separate clusters");
            return;
        }
        double center;
        double scale;
        switch (spec.scaling()) {
            case ZSCORE -> {
                center = Stats.mean(v);
                scale = Stats.populationStd(v, center);
            }
            case MINMAX -> {
                center = min;
                scale = max - min;
            }
            case ROBUST -> {
                double[] sorted = v.clone();
                Arrays.sort(sorted);
                center = Stats.quantileSorted(sorted, 0.5);
                scale = Stats.quantileSorted(sorted, 0.75) - Stats.quantileSorted(sorted, 0.25);
                if (!(scale > 0)) {
                    scale = Stats.populationStd(v, Stats.mean(v));
                    warnings.add("'" + c.name() + "' has an interquartile range of 0 (most rows share one value); "
                            + "scaled it by its standard deviation instead");
                }
            }
            case NONE -> {
                center = 0;
                scale = 1;
            }
            default -> throw new IllegalStateException();
        }
        if (Double.isInfinite(scale) || (spec.scaling() == Scaling.NONE && Math.max(-min, max) > LARGEST_UNSCALED)) {
            // Squared distances would overflow to Infinity and every figure after them would be meaningless.
            throw new IllegalArgumentException("Column '" + c.name() + "' holds values too large to cluster "
                    + (spec.scaling() == Scaling.NONE ? "unscaled" : "with " + spec.scaling().name().toLowerCase(Locale.ROOT) + " scaling")
                    + " (from " + fmt(min) + " to " + fmt(max) + "); "
                    + (spec.scaling() == Scaling.NONE ? "choose a scaling such as z-score" : "choose z-score scaling")
                    + " or divide the column by a power of ten");
        }
        if (!(scale > Double.MIN_NORMAL)) {
            warnings.add("Dropped '" + c.name() + "': its spread is too small to scale");
            return;
        }
        features.add(new EncodedFeature(c.name(), c.name(), null, center, scale, fill, log));
        values.add(v);
    }

    /** Above this magnitude a squared distance between two unscaled values can overflow a double. */
    static final double LARGEST_UNSCALED = 1e150;

    private static double numericValue(Column c, int row) {
        if (c instanceof NumericColumn num) return num.get(row);
        if (c instanceof DateColumn date) {
            long s = date.epochSeconds(row);
            return s == DateColumn.MISSING ? Double.NaN : s / 86400.0;
        }
        throw new IllegalArgumentException("Column '" + c.name() + "' is not numeric");
    }

    private static void encodeCategorical(CategoricalColumn c, int[] keep, Scaling scaling, List<EncodedFeature> features,
                                          List<double[]> values, List<String> warnings) {
        int rows = keep.length;
        int levels = c.levels().size();
        int[] counts = new int[levels];
        int missing = 0;
        for (int r : keep) {
            int code = c.code(r);
            if (code == CategoricalColumn.MISSING) missing++;
            else counts[code]++;
        }
        if (missing == rows) {
            throw new IllegalArgumentException("Column '" + c.name() + "' has no values to cluster on (every cell is missing)");
        }
        int mode = 0;
        for (int l = 1; l < levels; l++) if (counts[l] > counts[mode]) mode = l;
        if (missing > 0) {
            counts[mode] += missing;
            warnings.add("Filled " + missing + " missing " + (missing == 1 ? "cell" : "cells") + " in '" + c.name()
                    + "' with the most common level '" + c.levels().get(mode) + "'");
        }
        int present = 0;
        double sumSq = 0;
        for (int cnt : counts) {
            if (cnt > 0) {
                present++;
                double p = (double) cnt / rows;
                sumSq += p * p;
            }
        }
        if (present < 2) {
            warnings.add("Dropped '" + c.name() + "': every row has the same level ('" + c.levels().get(mode)
                    + "'), so it cannot separate clusters");
            return;
        }
        double scale = (scaling == Scaling.ZSCORE || scaling == Scaling.ROBUST) ? Math.sqrt(1 - sumSq) : Math.sqrt(2);
        for (int l = 0; l < levels; l++) {
            if (counts[l] == 0) continue;
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                int code = c.code(keep[i]);
                if (code == CategoricalColumn.MISSING) code = mode;
                v[i] = code == l ? 1 : 0;
            }
            features.add(new EncodedFeature(c.name() + " = " + c.levels().get(l), c.name(), c.levels().get(l), 0, scale, l == mode ? 1 : 0));
            values.add(v);
        }
        warnings.add("One-hot encoded '" + c.name() + "' into " + present
                + " columns, weighted so together they count as one numeric feature");
    }

    private static double[] present(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
