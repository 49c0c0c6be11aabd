package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.Projection;

import java.util.Arrays;

/**
 * The clustering on screen, with everything the views need to show it. Immutable.
 *
 * @param data       the dataset it was computed from
 * @param matrix     the prepared features
 * @param projection the 2-D projection of {@code matrix}
 * @param clustering the labels, sizes, distances
 * @param profile    the drafted profile (names as the core drafted them)
 */
public record ClusterRun(Dataset data, FeatureMatrix matrix, Projection projection, Clustering clustering,
                         ClusterProfile profile) {

    /**
     * Per dataset row, its cluster, or -1 when the row was left out (dropped for missing values). Computed
     * once per call: callers keep the array.
     */
    public int[] clusterPerDatasetRow() {
        int[] out = new int[data.rowCount()];
        Arrays.fill(out, -1);
        int[] source = matrix.sourceRows();
        for (int r = 0; r < source.length; r++) out[source[r]] = clustering.label(r);
        return out;
    }

    /** Per dataset row, the distance to its cluster centre, NaN when the row was left out. */
    public double[] distancePerDatasetRow() {
        double[] out = new double[data.rowCount()];
        Arrays.fill(out, Double.NaN);
        int[] source = matrix.sourceRows();
        for (int r = 0; r < source.length; r++) out[source[r]] = clustering.distance(r);
        return out;
    }
}
