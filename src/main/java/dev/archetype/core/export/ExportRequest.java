package dev.archetype.core.export;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything an export writes, in one value, so the window and the command line export the same way.
 *
 * @param dataset     the imported table (every row is exported, clustered or not)
 * @param sourceFile  the file it came from (for the Run sheet's hash; refused as the target); may be null
 * @param sheet       the sheet it came from, or null for CSV
 * @param matrix      the feature matrix that was clustered
 * @param clustering  the clustering of {@code matrix}
 * @param profile     its profile, carrying the archetype names to use ({@link ClusterProfile#withNames})
 * @param silhouettes per matrix row silhouette values, or null when not computed
 * @param compareK    the sweep over k, or null when none was run
 * @param run         how the result was made
 * @param attributes  for customers pivoted from transactions: the item-attribute roll-up rows (shares of each
 *                    cluster's purchases, or means), shown as their own section of the Archetypes sheet; else empty
 * @param unusualBeyond for rows scored with a saved model: the distance beyond which a row is flagged unusual
 *                    (an Unusual column is added); NaN for a clustering, which has no such column
 */
public record ExportRequest(Dataset dataset, Path sourceFile, String sheet, FeatureMatrix matrix, Clustering clustering,
                            ClusterProfile profile, double[] silhouettes, CompareK compareK, RunInfo run,
                            java.util.List<dev.archetype.core.transactions.RollupGridRow> attributes, double unusualBeyond) {
    /** The request of a clustering (no Unusual column). */
    public ExportRequest(Dataset dataset, Path sourceFile, String sheet, FeatureMatrix matrix, Clustering clustering,
                         ClusterProfile profile, double[] silhouettes, CompareK compareK, RunInfo run,
                         java.util.List<dev.archetype.core.transactions.RollupGridRow> attributes) {
        this(dataset, sourceFile, sheet, matrix, clustering, profile, silhouettes, compareK, run, attributes, Double.NaN);
    }

    /** A request without an item-attribute section. */
    public ExportRequest(Dataset dataset, Path sourceFile, String sheet, FeatureMatrix matrix, Clustering clustering,
                         ClusterProfile profile, double[] silhouettes, CompareK compareK, RunInfo run) {
        this(dataset, sourceFile, sheet, matrix, clustering, profile, silhouettes, compareK, run, java.util.List.of());
    }

    public ExportRequest {
        attributes = attributes == null ? java.util.List.of() : java.util.List.copyOf(attributes);
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(run, "run");
        if (clustering.rows() != matrix.rows()) {
            throw new IllegalArgumentException("clustering has " + clustering.rows() + " rows, matrix " + matrix.rows());
        }
        if (profile.k() != clustering.k()) throw new IllegalArgumentException("profile and clustering differ in k");
        if (silhouettes != null) {
            if (silhouettes.length != matrix.rows()) throw new IllegalArgumentException("one silhouette per clustered row");
            silhouettes = silhouettes.clone();
        }
    }

    /**
     * This request with every clustered row's silhouette (the Customers sheet's Silhouette column) when there are
     * few enough rows for the exact all-pairs pass ({@link dev.archetype.core.cluster.Silhouette#EXACT_MAX_ROWS});
     * otherwise, or when they are already there, this request unchanged.
     */
    public ExportRequest withExactSilhouettes(int threads) {
        dev.archetype.core.cluster.Distance distance = dev.archetype.core.cluster.Distance.valueOf(run.distance());
        if (silhouettes != null || matrix.rows() > dev.archetype.core.cluster.Silhouette.EXACT_MAX_ROWS || clustering.k() < 2) return this;
        double[] s = dev.archetype.core.cluster.Silhouette.perRow(matrix, clustering, distance, threads);
        return new ExportRequest(dataset, sourceFile, sheet, matrix, clustering, profile, s, compareK, run, attributes, unusualBeyond);
    }

    /** Per dataset row, its feature-matrix row, or -1 when preparation dropped it. */
    int[] matrixRowOfDatasetRow() {
        int[] map = new int[dataset.rowCount()];
        java.util.Arrays.fill(map, -1);
        int[] src = matrix.sourceRows();
        for (int i = 0; i < src.length; i++) map[src[i]] = i;
        return map;
    }

    /** Whether rows carry an Unusual flag (rows scored with a saved model). */
    public boolean flagsUnusual() {
        return !Double.isNaN(unusualBeyond);
    }

    /** The Unusual flag of one matrix row. */
    boolean unusual(int matrixRow) {
        return clustering.distance(matrixRow) > unusualBeyond;
    }

    @Override public double[] silhouettes() { return silhouettes == null ? null : silhouettes.clone(); }

    /** Silhouette of one matrix row without copying (NaN when not computed). */
    double silhouette(int matrixRow) {
        return silhouettes == null ? Double.NaN : silhouettes[matrixRow];
    }
}
