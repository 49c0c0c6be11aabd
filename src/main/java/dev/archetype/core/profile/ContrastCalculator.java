package dev.archetype.core.profile;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.profile.FeatureContrast.Kind;
import dev.archetype.core.profile.FeatureContrast.Test;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Computes the profile rows of one source column from the dataset rows of each cluster.
 * One pass per column over primitive arrays; no per-row objects.
 */
final class ContrastCalculator {
    private final int k;
    private final int[] datasetRows;
    private final int[] labels;

    /**
     * @param k           clusters
     * @param datasetRows per clustered row, its dataset row
     * @param labels      per clustered row, its cluster
     */
    ContrastCalculator(int k, int[] datasetRows, int[] labels) {
        this.k = k;
        this.datasetRows = datasetRows;
        this.labels = labels;
    }

    /** The rows for {@code column}: one for a numeric column, one per occurring level for a categorical one. */
    List<FeatureContrast> rowsFor(Dataset data, String column) {
        Column col = data.require(column);
        if (col instanceof NumericColumn n) {
            if (n.isProportion()) return List.of(numeric(n.name(), n::get, Kind.PROPORTION));
            if (n.isZeroOne(datasetRows)) return List.of(flag(n));
            double[] codes = twoWholeValues(n);
            if (codes != null) return codedLevels(n, codes);
            return List.of(numeric(n.name(), n::get, Kind.MEAN));
        }
        if (col instanceof DateColumn d) {
            return List.of(numeric(d.name(), r -> d.isMissing(r) ? Double.NaN : d.epochSeconds(r) / 86_400.0, Kind.DATE));
        }
        if (col instanceof CategoricalColumn c) {
            return levels(c);
        }
        throw new IllegalArgumentException("Column '" + column + "' is " + col.type().label()
                + " and cannot be profiled as a feature");
    }


    /** A mean row; dates are read as (fractional) days since 1970-01-01. */
    private FeatureContrast numeric(String name, IntToDoubleFunction valueAt, Kind kind) {
        // Welford accumulators instead of Commons Math's SummaryStatistics, which also keeps min, max, logs and
        // sums of squares per value: on 1M rows × 8 features the profile took 2.2 s with it
        Moments[] groups = new Moments[k];
        for (int c = 0; c < k; c++) groups[c] = new Moments();
        Moments all = new Moments();
        for (int i = 0; i < datasetRows.length; i++) {
            double v = valueAt.applyAsDouble(datasetRows[i]);
            if (Double.isNaN(v)) continue;
            groups[labels[i]].add(v);
            all.add(v);
        }
        long[] n = new long[k];
        double[] mean = new double[k];
        double[] m2 = new double[k];
        for (int c = 0; c < k; c++) {
            n[c] = groups[c].n;
            mean[c] = groups[c].mean;
            m2[c] = groups[c].m2;
        }
        return fromMoments(name, kind, n, mean, m2, all.n, all.mean, all.m2);
    }

    /**
     * A mean row from per-cluster moments of the present values: count, mean and sum of squared deviations from
     * the mean; the overall moments are given (the row path keeps its own exact running sums).
     */
    static FeatureContrast fromMoments(String name, Kind kind, long[] counts, double[] groupMeans, double[] groupM2,
                                       long nAll, double meanAll, double m2All) {
        int k = counts.length;
        double overall = nAll == 0 ? Double.NaN : meanAll;
        double std = nAll == 0 ? Double.NaN : Math.sqrt(m2All / nAll);
        double[] means = new double[k];
        double ssb = 0;
        double ssw = 0;
        int groupsUsed = 0;
        for (int c = 0; c < k; c++) {
            means[c] = counts[c] == 0 ? Double.NaN : groupMeans[c];
            if (counts[c] > 0) {
                groupsUsed++;
                ssb += counts[c] * sq(groupMeans[c] - overall);
                ssw += groupM2[c];
            }
        }
        double sst = m2All;
        double f = Double.NaN;
        double p = Double.NaN;
        long n = nAll;
        if (groupsUsed >= 2 && n > groupsUsed) {
            f = (ssb / (groupsUsed - 1)) / (ssw / (n - groupsUsed));
            try {
                // the one-way ANOVA p-value, as OneWayAnova computes it from the same F
                p = f > 0 && Double.isFinite(f)
                        ? 1 - new FDistribution(null, groupsUsed - 1, n - groupsUsed).cumulativeProbability(f)
                        : Double.isInfinite(f) ? 0 : 1;
            } catch (MathIllegalArgumentException | ArithmeticException e) {
                p = Double.NaN;
            }
        }
        return new FeatureContrast(name, name, null, kind, overall, std, means,
                zValues(means, overall, std), Test.ANOVA, f, p, eta2(ssb, sst));
    }

    /** Count, mean and sum of squared deviations, updated one value at a time (Welford). */
    private static final class Moments {
        long n;
        double mean;
        double m2;

        void add(double v) {
            n++;
            double d = v - mean;
            mean += d / n;
            m2 += d * (v - mean);
        }
    }

    /**
     * The two values of a column that only ever holds two whole numbers (a code such as Channel 1/2), smaller
     * first, or null. Such a column reads better as two levels ("Channel = 2: 100% vs 32%") than as a mean of 1.68.
     */
    private double[] twoWholeValues(NumericColumn n) {
        double a = Double.NaN;
        double b = Double.NaN;
        for (int r : datasetRows) {
            double v = n.get(r);
            if (Double.isNaN(v)) continue;
            if (v != Math.rint(v)) return null;
            if (Double.isNaN(a) || v == a) a = v;
            else if (Double.isNaN(b) || v == b) b = v;
            else return null;
        }
        if (Double.isNaN(b)) return null;
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    private List<FeatureContrast> codedLevels(NumericColumn col, double[] codes) {
        long[][] table = new long[k][2];
        for (int i = 0; i < datasetRows.length; i++) {
            double v = col.get(datasetRows[i]);
            if (Double.isNaN(v)) continue;
            table[labels[i]][v == codes[1] ? 1 : 0]++;
        }
        ChiSquare chi = chiSquare(table);
        List<FeatureContrast> rows = new ArrayList<>(2);
        for (int l = 0; l < 2; l++) {
            String level = Long.toString((long) codes[l]);
            rows.add(shareRow(col.name() + " = " + level, col.name(), level, table, l, chi));
        }
        return rows;
    }

    private FeatureContrast flag(NumericColumn col) {
        long[][] table = new long[k][2];
        for (int i = 0; i < datasetRows.length; i++) {
            double v = col.get(datasetRows[i]);
            if (Double.isNaN(v)) continue;
            table[labels[i]][v == 1 ? 1 : 0]++;
        }
        ChiSquare chi = chiSquare(table);
        return shareRow(col.name(), col.name(), null, table, 1, chi);
    }

    private List<FeatureContrast> levels(CategoricalColumn col) {
        int levels = col.levels().size();
        long[][] table = new long[k][levels];
        for (int i = 0; i < datasetRows.length; i++) {
            int code = col.code(datasetRows[i]);
            if (code == CategoricalColumn.MISSING) continue;
            table[labels[i]][code]++;
        }
        return fromCounts(col.name(), col.levels(), table, false);
    }

    /**
     * Share rows from a clusters × levels count table: one row for a 0/1 flag ({@code flag}: levels "0" and "1",
     * the row is the share of 1s), else one per level that occurs, named "Column = level".
     */
    static List<FeatureContrast> fromCounts(String column, List<String> levelNames, long[][] table, boolean flag) {
        ChiSquare chi = chiSquare(table);
        if (flag) return List.of(shareRow(column, column, null, table, 1, chi));
        int k = table.length;
        List<FeatureContrast> rows = new ArrayList<>();
        for (int l = 0; l < levelNames.size(); l++) {
            long total = 0;
            for (int c = 0; c < k; c++) total += table[c][l];
            if (total == 0) continue;
            String level = levelNames.get(l);
            rows.add(shareRow(column + " = " + level, column, level, table, l, chi));
        }
        return rows;
    }

    /** A share row for column {@code level} of a k × levels count table. */
    private static FeatureContrast shareRow(String name, String source, String level, long[][] table, int column,
                                            ChiSquare chi) {
        int k = table.length;
        double[] shares = new double[k];
        long hits = 0;
        long n = 0;
        for (int c = 0; c < k; c++) {
            long rowTotal = 0;
            for (long v : table[c]) rowTotal += v;
            shares[c] = rowTotal == 0 ? Double.NaN : (double) table[c][column] / rowTotal;
            hits += table[c][column];
            n += rowTotal;
        }
        double overall = n == 0 ? Double.NaN : (double) hits / n;
        double std = Math.sqrt(overall * (1 - overall));
        double ssb = 0;
        for (int c = 0; c < k; c++) {
            long rowTotal = 0;
            for (long v : table[c]) rowTotal += v;
            if (rowTotal > 0) ssb += rowTotal * sq(shares[c] - overall);
        }
        double sst = n * overall * (1 - overall);
        return new FeatureContrast(name, source, level, Kind.SHARE, overall, std, shares,
                zValues(shares, overall, std), Test.CHI_SQUARE, chi.statistic, chi.p, eta2(ssb, sst));
    }

    private record ChiSquare(double statistic, double p) { }

    /** Chi-square test of independence, leaving out clusters and levels with no observations. */
    private static ChiSquare chiSquare(long[][] table) {
        int rows = table.length;
        int cols = table[0].length;
        boolean[] keepRow = new boolean[rows];
        boolean[] keepCol = new boolean[cols];
        int nr = 0;
        int nc = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (table[r][c] > 0) {
                    keepRow[r] = true;
                    keepCol[c] = true;
                }
            }
        }
        for (boolean b : keepRow) if (b) nr++;
        for (boolean b : keepCol) if (b) nc++;
        if (nr < 2 || nc < 2) return new ChiSquare(Double.NaN, Double.NaN);
        long[][] reduced = new long[nr][nc];
        int ri = 0;
        for (int r = 0; r < rows; r++) {
            if (!keepRow[r]) continue;
            int ci = 0;
            for (int c = 0; c < cols; c++) {
                if (keepCol[c]) reduced[ri][ci++] = table[r][c];
            }
            ri++;
        }
        try {
            ChiSquareTest test = new ChiSquareTest();
            return new ChiSquare(test.chiSquare(reduced), test.chiSquareTest(reduced));
        } catch (MathIllegalArgumentException | ArithmeticException e) {
            return new ChiSquare(Double.NaN, Double.NaN);
        }
    }

    private static double[] zValues(double[] means, double overall, double std) {
        double[] z = new double[means.length];
        for (int c = 0; c < means.length; c++) {
            if (Double.isNaN(means[c])) z[c] = Double.NaN;
            else z[c] = std > 0 ? (means[c] - overall) / std : 0;
        }
        return z;
    }

    private static double eta2(double ssb, double sst) {
        if (!(sst > 0)) return 0;
        return Math.min(1, Math.max(0, ssb / sst));
    }

    private static double sq(double v) {
        return v * v;
    }
}
