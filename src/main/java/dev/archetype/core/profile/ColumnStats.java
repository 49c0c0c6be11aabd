package dev.archetype.core.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the profile needs of one source column, aggregated per cluster, so archetypes can be profiled and named
 * without their rows: from the rows here, or from a cluster engine's group-bys (Spark) and saved with its project.
 * Immutable.
 */
public sealed interface ColumnStats {
    /** The source column. */
    String column();

    /** Clusters. */
    int k();

    /** The profile rows of this column, as {@link ClusterProfile#of} makes them from rows. */
    List<FeatureContrast> contrasts();

    /**
     * A numeric column: per cluster the count, mean and sum of squared deviations from that mean (M2) of the
     * present values. The overall figures are merged from the clusters' (Chan's parallel formula).
     *
     * @param kind MEAN, DATE (days since 1970-01-01) or PROPORTION (a 0..1 share of the customer's total)
     */
    record Moments(String column, FeatureContrast.Kind kind, long[] n, double[] mean, double[] m2) implements ColumnStats {
        public Moments {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(kind, "kind");
            if (kind == FeatureContrast.Kind.SHARE) throw new IllegalArgumentException("a share is a count table, not moments");
            n = n.clone();
            mean = mean.clone();
            m2 = m2.clone();
            if (mean.length != n.length || m2.length != n.length) throw new IllegalArgumentException("one count, mean and M2 per cluster");
        }

        @Override public int k() { return n.length; }

        @Override
        public List<FeatureContrast> contrasts() {
            long total = 0;
            double overall = 0;
            double m2All = 0;
            for (int c = 0; c < n.length; c++) {
                if (n[c] == 0) continue;
                long merged = total + n[c];
                double delta = mean[c] - overall;
                overall += delta * n[c] / merged;
                m2All += m2[c] + delta * delta * ((double) total * n[c] / merged);
                total = merged;
            }
            return List.of(ContrastCalculator.fromMoments(column, kind, n, mean, m2, total, overall, m2All));
        }

        @Override public long[] n() { return n.clone(); }
        @Override public double[] mean() { return mean.clone(); }
        @Override public double[] m2() { return m2.clone(); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Moments m && column.equals(m.column) && kind == m.kind && Arrays.equals(n, m.n)
                    && Arrays.equals(mean, m.mean) && Arrays.equals(m2, m.m2);
        }

        @Override public int hashCode() { return Objects.hash(column, kind) * 31 + Arrays.hashCode(n); }
    }

    /**
     * A column profiled as shares: a categorical column (one row per level), a whole-number code of two values
     * (levels "1", "2"…), or a 0/1 flag ({@code flag}: levels "0" and "1", one row, the share of 1s).
     *
     * @param table clusters × levels counts of the present values
     */
    record Counts(String column, List<String> levels, long[][] table, boolean flag) implements ColumnStats {
        public Counts {
            Objects.requireNonNull(column, "column");
            levels = List.copyOf(levels);
            long[][] copy = new long[table.length][];
            for (int c = 0; c < table.length; c++) {
                if (table[c].length != levels.size()) throw new IllegalArgumentException("one count per level in every cluster");
                copy[c] = table[c].clone();
            }
            table = copy;
            if (flag && levels.size() != 2) throw new IllegalArgumentException("a flag has the levels 0 and 1");
        }

        @Override public int k() { return table.length; }

        @Override
        public List<FeatureContrast> contrasts() {
            return ContrastCalculator.fromCounts(column, levels, table, flag);
        }

        @Override
        public long[][] table() {
            long[][] copy = new long[table.length][];
            for (int c = 0; c < table.length; c++) copy[c] = table[c].clone();
            return copy;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Counts c && column.equals(c.column) && levels.equals(c.levels) && flag == c.flag
                    && Arrays.deepEquals(table, c.table);
        }

        @Override public int hashCode() { return Objects.hash(column, levels, flag) * 31 + Arrays.deepHashCode(table); }
    }
}
