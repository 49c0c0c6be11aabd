package dev.archetype.spark;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Arrays;
import java.util.Comparator;

/**
 * k-means on Spark MLlib (k-means|| initialisation, cosine where chosen), restarted with a loop of seeds keeping the
 * lowest cost, the centres then numbered as the desktop numbers them: cluster 1 the largest.
 */
final class SparkFit {
    /** Automatic restarts: at least this many distributed fits… */
    static final int AUTO_MIN = 3;
    /** …until three reach the same best cost, at most this many (each is a full k-means|| and Lloyd run over the data). */
    static final int AUTO_MAX = 10;
    static final int AGREE = 3;

    private SparkFit() { }

    /**
     * @param centres     k × d, row-major, canonical order (unit length for cosine)
     * @param sizes       members per cluster as the fit counted them, canonical order
     * @param restarts    fits run
     * @param bestFoundBy fits that reached the best cost (to 6 significant digits, as the desktop counts agreement)
     */
    record Fit(int k, int dims, double[] centres, long[] sizes, double cost, int restarts, int bestFoundBy, int iterations) { }

    /**
     * @param restarts 0 for automatic (see {@link #AUTO_MIN}, {@link #AUTO_MAX}), else exactly that many
     * @param tolerance the desktop's tolerance, relative to the mean feature variance
     */
    static Fit fit(Dataset<Row> vectors, int k, int dims, Distance distance, Init init, int restarts, long seed, int maxIterations,
                   double tolerance, double meanVariance) {
        KMeansModel best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int foundBy = 0;
        int run = 0;
        int limit = restarts == 0 ? AUTO_MAX : restarts;
        // MLlib stops when no centre moves more than tol; the desktop's tolerance bounds the squared shift relative to
        // the mean variance, so the same settings stop at the same precision.
        double tol = Math.max(1e-12, Math.sqrt(tolerance * 1e-2 * Math.max(meanVariance, 1e-12)));
        while (run < limit) {
            KMeans km = new KMeans().setK(k).setSeed(seed * 1_000_003L + run).setMaxIter(maxIterations).setTol(tol)
                    .setInitMode(init == Init.RANDOM ? "random" : "k-means||").setFeaturesCol(Vectors.VECTOR)
                    .setPredictionCol("__archetype_prediction")
                    .setDistanceMeasure(distance == Distance.COSINE ? "cosine" : "euclidean");
            KMeansModel m = km.fit(vectors);
            double cost = m.summary().trainingCost();
            run++;
            if (same(cost, bestCost)) {
                foundBy++;
            } else if (cost < bestCost) {
                best = m;
                bestCost = cost;
                foundBy = 1;
            }
            if (restarts == 0 && run >= AUTO_MIN && foundBy >= AGREE) break;
        }
        return canonical(best, k, dims, distance, bestCost, run, foundBy);
    }

    static boolean same(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 || Math.abs(a - b) <= 5e-7 * scale;
    }

    private static Fit canonical(KMeansModel m, int k, int dims, Distance distance, double cost, int run, int foundBy) {
        Vector[] centres = m.clusterCenters();
        long[] sizes = m.summary().clusterSizes();
        int actual = centres.length;
        Integer[] order = new Integer[actual];
        for (int i = 0; i < actual; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -sizes[i]).thenComparing((a, b) -> Arrays.compare(centres[a].toArray(), centres[b].toArray())));
        if (actual < k) {
            throw new IllegalArgumentException("Spark found only " + actual + " distinct centres for k = " + k + "; the data has fewer distinct rows than k");
        }
        double[] flat = new double[k * dims];
        long[] sorted = new long[k];
        for (int c = 0; c < k; c++) {
            double[] v = centres[order[c]].toArray();
            if (distance == Distance.COSINE) {
                double s = 0;
                for (double x : v) s += x * x;
                double inv = s > 0 ? 1 / Math.sqrt(s) : 0;
                for (int j = 0; j < v.length; j++) v[j] *= inv;
            }
            System.arraycopy(v, 0, flat, c * dims, dims);
            sorted[c] = sizes[order[c]];
        }
        return new Fit(k, dims, flat, sorted, cost, run, foundBy, m.summary().numIter());
    }
}
