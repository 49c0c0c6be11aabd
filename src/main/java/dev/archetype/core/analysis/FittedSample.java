package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.model.Scoring;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;

import java.util.List;

/**
 * Rows labelled by a model fitted elsewhere, as the matrix and clustering the rest of the core works on (scatter,
 * silhouette, stability, rules): each row prepared with the fit's fills, centres and scales and placed at its nearest
 * centre, exactly as {@code score} places it. Rows the model cannot place are left out.
 *
 * @param matrix     the placed rows, prepared (unit length for cosine, as the fit clustered them)
 * @param clustering their labels and distances; the model's centres; sizes count these rows only
 */
public record FittedSample(FeatureMatrix matrix, Clustering clustering) {

    /** @throws IllegalArgumentException when no row can be placed or a model column is missing */
    public static FittedSample of(FittedModel model, Dataset data, Cancellation cancel) {
        Scoring.Scored scored = Scoring.score(model, data, false, cancel);
        int d = model.dims();
        int k = model.k();
        int assigned = scored.rows() - scored.unassigned();
        if (assigned == 0) throw new IllegalArgumentException("no row of " + data.source() + " could be placed in an archetype");
        boolean cosine = model.distance() == dev.archetype.core.cluster.Distance.COSINE;
        int[] sourceRows = new int[assigned];
        int[] labels = new int[assigned];
        double[] distances = new double[assigned];
        double[] x = new double[assigned * d];
        int[] sizes = new int[k];
        double sse = 0;
        double[] prepared = scored.prepared();
        for (int r = 0, i = 0; r < scored.rows(); r++) {
            int c = scored.clusters()[r];
            if (c < 0) continue;
            sourceRows[i] = r;
            labels[i] = c;
            distances[i] = scored.distances()[r];
            sse += distances[i] * distances[i];
            double norm = 0;
            for (int j = 0; j < d; j++) norm += prepared[r * d + j] * prepared[r * d + j];
            double inv = cosine ? 1 / Math.sqrt(norm) : 1;
            for (int j = 0; j < d; j++) x[i * d + j] = prepared[r * d + j] * inv;
            sizes[c]++;
            i++;
        }
        FeatureMatrix matrix = new FeatureMatrix(assigned, d, x, model.features(), sourceRows, List.of());
        return new FittedSample(matrix, new Clustering(k, d, labels, model.centres(), sizes, sse, distances, 0, true));
    }
}
