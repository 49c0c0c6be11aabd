package dev.archetype.spark;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The desktop's preparation ({@code Preparer}) computed with Spark aggregations over every row: fill values (mean,
 * or median by {@code approxQuantile}), centres and scales (z-score, min–max, robust quartiles), log(1 + x), one-hot
 * levels with the same weighting, constant columns dropped. The result is the list of prepared features a
 * {@code FittedModel} carries, so the desktop scores new rows exactly as Spark prepared these.
 */
final class DistributedPrep {
    /** Quantiles to within 0.01% of the rows: the median and quartiles differ from the exact ones by less than that. */
    static final double QUANTILE_ERROR = 1e-4;
    /** The most levels a categorical feature may have over all rows (the desktop's limit for a category on large files). */
    static final int MAX_LEVELS = 100;

    private DistributedPrep() { }

    /** The prepared features and what the user should know (dropped or filled columns). */
    record Prepared(List<EncodedFeature> features, List<String> warnings, Dataset<Row> rows, long rowCount) { }

    /**
     * @param df        every row, as read
     * @param totalRows how many there are
     * @param sample the desktop's reading of a sample, which says which columns are numbers and which are levels
     * @param spec   the resolved features, scaling, missing-value policy and logged columns
     */
    static Prepared prepare(Dataset<Row> df, long totalRows, dev.archetype.core.data.Dataset sample, FeatureSpec spec) {
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (String name : spec.columns()) {
            Inputs.field(df, name);
            Column c = sample.require(name);
            if (c instanceof NumericColumn) numeric.add(name);
            else if (c instanceof CategoricalColumn) categorical.add(name);
            else if (c instanceof DateColumn) {
                throw new IllegalArgumentException("Column '" + name + "' holds dates; date features are not clustered on Spark yet, leave it out of --features");
            } else {
                throw new IllegalArgumentException("Column '" + name + "' holds " + c.type().label()
                        + " values; only numeric and categorical columns can be clustering features");
            }
        }
        List<String> warnings = new ArrayList<>();
        Dataset<Row> rows = df;
        if (spec.missing() == MissingPolicy.DROP_ROWS) {
            org.apache.spark.sql.Column all = functions.lit(true);
            for (String n : numeric) all = all.and(Inputs.number(df, n).isNotNull());
            for (String n : categorical) all = all.and(Inputs.level(df, n).isNotNull());
            rows = df.filter(all);
        }
        Map<String, Double> fills = new LinkedHashMap<>();
        long count;
        // One pass: the row count and, per numeric column, the moments of its present values (and of their logs).
        // The filled column's moments follow from them (the fills are one constant per column), so no second pass.
        List<org.apache.spark.sql.Column> aggs = new ArrayList<>();
        aggs.add(functions.count(functions.lit(1)));
        final int per = 12;
        for (String n : numeric) {
            org.apache.spark.sql.Column v = Inputs.number(df, n);
            org.apache.spark.sql.Column lv = functions.log1p(functions.when(v.geq(0), v));
            aggs.add(functions.count(v));
            aggs.add(functions.avg(v));
            aggs.add(functions.var_pop(v));
            aggs.add(functions.min(v));
            aggs.add(functions.max(v));
            aggs.add(functions.avg(lv));
            aggs.add(functions.var_pop(lv));
            aggs.add(functions.min(lv));
            aggs.add(functions.max(lv));
            aggs.add(functions.sum(Inputs.unreadable(df, n)));
            aggs.add(Inputs.unreadableExample(df, n));
            aggs.add(functions.sum(functions.when(functions.abs(v).equalTo(Double.POSITIVE_INFINITY), 1).otherwise(0)));
        }
        Row first = rows.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(org.apache.spark.sql.Column[]::new)).first();
        count = first.getLong(0);
        if (count > 0 && count < totalRows) {
            warnings.add("Left out " + (totalRows - count) + " of " + totalRows + " rows with a missing value in the chosen columns");
        }
        if (count == 0) {
            throw new IllegalArgumentException(spec.missing() == MissingPolicy.DROP_ROWS
                    ? "Every row has a missing value in " + String.join(", ", spec.columns()) + ", so dropping rows with missing values leaves nothing to cluster"
                    : "No rows to cluster");
        }
        Map<String, Long> missing = new LinkedHashMap<>();
        for (int i = 0; i < numeric.size(); i++) {
            String n = numeric.get(i);
            int at = 1 + per * i;
            long unreadable = first.isNullAt(at + 9) ? 0 : first.getLong(at + 9);
            if (unreadable > 0) {
                // The desktop reads thousands separators, currency and percents; a silent null here would be filled
                // or dropped and the archetypes would quietly differ, so say so instead.
                throw new IllegalArgumentException("Column '" + n + "' has " + unreadable + (unreadable == 1 ? " cell" : " cells")
                        + " Spark cannot read as a number (e.g. '" + first.getString(at + 10) + "'); write plain numbers"
                        + " (no thousands separators, currency or percent signs) or leave the column out");
            }
            if (!first.isNullAt(at + 11) && first.getLong(at + 11) > 0) {
                throw new IllegalArgumentException("Column '" + n + "' holds an infinite value");
            }
            long present = first.getLong(at);
            if (present == 0) throw new IllegalArgumentException("Column '" + n + "' has no values to cluster on (every cell is missing)");
            missing.put(n, count - present);
            fills.put(n, spec.missing() == MissingPolicy.DROP_ROWS ? Double.NaN : first.getDouble(2 + per * i));
        }
        if (spec.missing() == MissingPolicy.MEDIAN && !numeric.isEmpty()) {
            Dataset<Row> values = rows.select(numeric.stream().map(n -> Inputs.number(df, n).as(n)).toArray(org.apache.spark.sql.Column[]::new));
            double[][] q = values.stat().approxQuantile(numeric.toArray(String[]::new), new double[] {0.5}, QUANTILE_ERROR);
            for (int i = 0; i < numeric.size(); i++) fills.put(numeric.get(i), q[i][0]);
        }
        for (String n : numeric) {
            if (missing.get(n) > 0 && spec.missing() != MissingPolicy.DROP_ROWS) {
                warnings.add("Filled " + missing.get(n) + " missing " + (missing.get(n) == 1 ? "cell" : "cells") + " in '" + n + "' with the "
                        + (spec.missing() == MissingPolicy.MEDIAN ? "median" : "mean") + " (" + fmt(fills.get(n)) + ")");
            }
        }

        Map<String, double[]> moments = new LinkedHashMap<>();
        for (int i = 0; i < numeric.size(); i++) {
            String n = numeric.get(i);
            boolean log = spec.logged().contains(n);
            int at = 1 + per * i;
            long present = first.getLong(at);
            double rawMin = first.getDouble(at + 3);
            if (log && rawMin < 0) {
                throw new IllegalArgumentException("Column '" + n + "' has negative values (down to " + fmt(rawMin)
                        + "), so it cannot be log-transformed; leave it out of the log transform");
            }
            int o = log ? at + 5 : at + 1;
            double mean = first.getDouble(o), var = first.getDouble(o + 1), min = first.getDouble(o + 2), max = first.getDouble(o + 3);
            long m = count - present;
            if (m > 0) {
                double c = log ? Math.log1p(fills.get(n)) : fills.get(n);
                double merged = (present * mean + m * c) / count;
                double m2 = present * var + ((double) present * m / count) * (mean - c) * (mean - c);
                mean = merged;
                var = m2 / count;
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            moments.put(n, new double[] {mean, Math.sqrt(Math.max(0, var)), min, max, rawMin});
        }
        Map<String, double[]> quartiles = new LinkedHashMap<>();
        if (spec.scaling() == Scaling.ROBUST && !numeric.isEmpty()) {
            Dataset<Row> values = rows.select(numeric.stream()
                    .map(n -> filled(df, n, fills.get(n), spec.logged().contains(n)).as(n)).toArray(org.apache.spark.sql.Column[]::new));
            double[][] q = values.stat().approxQuantile(numeric.toArray(String[]::new), new double[] {0.25, 0.5, 0.75}, QUANTILE_ERROR);
            for (int i = 0; i < numeric.size(); i++) quartiles.put(numeric.get(i), q[i]);
        }

        List<EncodedFeature> features = new ArrayList<>();
        for (String name : spec.columns()) {
            if (numeric.contains(name)) {
                EncodedFeature f = numericFeature(name, moments.get(name), quartiles.get(name), fills.get(name), spec, warnings);
                if (f != null) features.add(f);
            } else {
                features.addAll(levels(rows, df, name, (CategoricalColumn) sample.require(name), spec.scaling(), warnings));
            }
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("None of the chosen columns can separate clusters: " + String.join(", ", spec.columns()) + " are constant");
        }
        return new Prepared(features, warnings, rows, count);
    }

    private static org.apache.spark.sql.Column filled(Dataset<Row> df, String name, double fill, boolean log) {
        org.apache.spark.sql.Column v = Double.isNaN(fill) ? Inputs.number(df, name) : functions.coalesce(Inputs.number(df, name), functions.lit(fill));
        return log ? functions.log1p(v) : v;
    }

    private static EncodedFeature numericFeature(String name, double[] m, double[] q, double fill, FeatureSpec spec, List<String> warnings) {
        double mean = m[0], std = m[1], min = m[2], max = m[3], rawMin = m[4];
        boolean log = spec.logged().contains(name);
        if (log && rawMin < 0) {
            throw new IllegalArgumentException("Column '" + name + "' has negative values (down to " + fmt(rawMin)
                    + "), so it cannot be log-transformed; leave it out of the log transform");
        }
        if (min == max) {
            warnings.add("Dropped '" + name + "': every row has the same value (" + fmt(min) + "), so it cannot separate clusters");
            return null;
        }
        if (spec.scaling() == Scaling.NONE && Math.max(-min, max) > 1e150) {
            throw new IllegalArgumentException("Column '" + name + "' holds values too large to cluster unscaled (from " + fmt(min)
                    + " to " + fmt(max) + "); choose a scaling such as z-score or divide the column by a power of ten");
        }
        double center;
        double scale;
        switch (spec.scaling()) {
            case ZSCORE -> { center = mean; scale = std; }
            case MINMAX -> { center = min; scale = max - min; }
            case ROBUST -> {
                center = q[1];
                scale = q[2] - q[0];
                if (!(scale > 0)) {
                    scale = std;
                    warnings.add("'" + name + "' has an interquartile range of 0 (most rows share one value); scaled it by its standard deviation instead");
                }
            }
            case NONE -> { center = 0; scale = 1; }
            default -> throw new IllegalStateException();
        }
        if (Double.isInfinite(scale)) {
            throw new IllegalArgumentException("Column '" + name + "' holds values too large to cluster with "
                    + spec.scaling().name().toLowerCase(Locale.ROOT) + " scaling (from " + fmt(min) + " to " + fmt(max)
                    + "); choose z-score scaling or divide the column by a power of ten");
        }
        if (!(scale > Double.MIN_NORMAL)) {
            warnings.add("Dropped '" + name + "': its spread is too small to scale");
            return null;
        }
        return new EncodedFeature(name, name, null, center, scale, fill, log);
    }

    /** One-hot levels weighted as the desktop weights them; missing cells take the most common level. */
    private static List<EncodedFeature> levels(Dataset<Row> rows, Dataset<Row> df, String name, CategoricalColumn seen, Scaling scaling,
                                               List<String> warnings) {
        List<Row> counts = rows.groupBy(Inputs.level(df, name).as("level")).count().collectAsList();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        long missing = 0;
        long total = 0;
        for (Row r : counts) {
            long c = r.getLong(1);
            total += c;
            if (r.isNullAt(0)) missing += c; else byLevel.put(r.getString(0), c);
        }
        if (byLevel.isEmpty()) throw new IllegalArgumentException("Column '" + name + "' has no values to cluster on (every cell is missing)");
        if (byLevel.size() > MAX_LEVELS) {
            // The sample saw few values; over every row the column is text, which the desktop refuses as a feature.
            throw new IllegalArgumentException("Column '" + name + "' has " + byLevel.size() + " different values over all rows (the sample"
                    + " showed " + seen.levels().size() + "), too many to one-hot encode; leave it out of --features");
        }
        // The sample's order of first appearance, as the desktop orders levels; levels the sample missed follow, sorted.
        List<String> order = new ArrayList<>();
        for (String l : seen.levels()) if (byLevel.containsKey(l)) order.add(l);
        byLevel.keySet().stream().filter(l -> !order.contains(l)).sorted().forEach(order::add);
        String mode = order.get(0);
        for (String l : order) if (byLevel.get(l) > byLevel.get(mode)) mode = l;
        if (missing > 0) {
            byLevel.merge(mode, missing, Long::sum);
            warnings.add("Filled " + missing + " missing " + (missing == 1 ? "cell" : "cells") + " in '" + name + "' with the most common level '" + mode + "'");
        }
        if (order.size() < 2) {
            warnings.add("Dropped '" + name + "': every row has the same level ('" + mode + "'), so it cannot separate clusters");
            return List.of();
        }
        double sumSq = 0;
        for (String l : order) {
            double p = (double) byLevel.get(l) / total;
            sumSq += p * p;
        }
        double scale = (scaling == Scaling.ZSCORE || scaling == Scaling.ROBUST) ? Math.sqrt(1 - sumSq) : Math.sqrt(2);
        List<EncodedFeature> out = new ArrayList<>();
        for (String l : order) out.add(new EncodedFeature(name + " = " + l, name, l, 0, scale, l.equals(mode) ? 1 : 0));
        warnings.add("One-hot encoded '" + name + "' into " + order.size() + " columns, weighted so together they count as one numeric feature");
        return out;
    }

    static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
