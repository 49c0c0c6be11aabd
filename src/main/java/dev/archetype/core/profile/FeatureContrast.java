package dev.archetype.core.profile;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the profile grid: how a feature looks in each cluster against the whole.
 *
 * <p>Values are in the feature's ORIGINAL units, computed from the dataset rows of each cluster (missing
 * cells left out), never from un-scaled centroids. For a {@link Kind#SHARE} row (a 0/1 column or one level
 * of a categorical column) the value is a share in 0..1.
 *
 * @param name          what the user reads ("Fresh", "Channel = Retail")
 * @param sourceColumn  the dataset column
 * @param level         the categorical level for a level row, null otherwise
 * @param kind          mean of a number, or share of a flag/level
 * @param overall       the value over all clustered rows
 * @param overallStd    population standard deviation over all clustered rows (0 when constant)
 * @param clusterMeans  per cluster, the mean (or share); NaN when the cluster has no value
 * @param z             per cluster, (cluster mean − overall) / overallStd; 0 when overallStd is 0
 * @param test          the significance test run for the source column
 * @param statistic     F for ANOVA, χ² for chi-square; NaN when the test could not run
 * @param pValue        p-value of that test; NaN when the test could not run
 * @param separation    η², the share of the feature's variance explained by the clusters (0..1);
 *                      comparable across numbers and shares, used to sort rows
 */
public record FeatureContrast(String name, String sourceColumn, String level, Kind kind, double overall,
                              double overallStd, double[] clusterMeans, double[] z, Test test,
                              double statistic, double pValue, double separation) {

    /**
     * What a row's values are: a mean, a share 0..1 of a flag or level, a mean date in days since 1970-01-01, or
     * the mean of a column of proportions (a customer's share of spend on an item, 0..1).
     */
    public enum Kind {
        MEAN, SHARE, DATE, PROPORTION;

        /** Whether the values read as percentages. */
        public boolean isPercent() { return this == SHARE || this == PROPORTION; }

        /** What a grid label adds to the feature's name: " (share)" of members, " (% of total)" of each customer's total. */
        public String labelSuffix() { return this == SHARE ? " (share)" : this == PROPORTION ? " (% of total)" : ""; }
    }

    /** Which test gave the p-value. */
    public enum Test {
        ANOVA("ANOVA F"), CHI_SQUARE("Chi-square"), NONE("—");

        private final String label;

        Test(String label) { this.label = label; }

        /** Short label for a header or cell. */
        public String label() { return label; }
    }

    public FeatureContrast {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceColumn, "sourceColumn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(test, "test");
        clusterMeans = clusterMeans.clone();
        z = z.clone();
        if (z.length != clusterMeans.length) throw new IllegalArgumentException("one z per cluster mean");
    }

    /** Number of clusters. */
    public int k() { return clusterMeans.length; }

    public double mean(int cluster) { return clusterMeans[cluster]; }

    public double z(int cluster) { return z[cluster]; }

    /** Whether this row is one level of a categorical column. */
    public boolean isLevel() { return level != null; }

    /** Whether this row is a 0/1 numeric column read as a share. */
    public boolean isFlag() { return kind == Kind.SHARE && level == null; }

    @Override public double[] clusterMeans() { return clusterMeans.clone(); }

    @Override public double[] z() { return z.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureContrast f && name.equals(f.name) && sourceColumn.equals(f.sourceColumn)
                && Objects.equals(level, f.level) && kind == f.kind && Double.compare(overall, f.overall) == 0
                && Arrays.equals(clusterMeans, f.clusterMeans) && test == f.test
                && Double.compare(pValue, f.pValue) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, level, kind, overall) * 31 + Arrays.hashCode(clusterMeans);
    }

    @Override
    public String toString() {
        return "FeatureContrast[" + name + ", overall=" + overall + ", means=" + Arrays.toString(clusterMeans)
                + ", p=" + pValue + ", eta2=" + separation + "]";
    }
}
