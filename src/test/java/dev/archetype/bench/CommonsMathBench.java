package dev.archetype.bench;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * One k-means (k-means++ then Lloyd to convergence) on 100,000 × 10, k = 8: Archetype (1 restart, all threads)
 * vs Commons Math 3.6.1 KMeansPlusPlusClusterer, same run, best of 3 each.
 * Run: java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.archetype.bench.CommonsMathBench
 */
public final class CommonsMathBench {
    public static void main(String[] args) {
        int n = 100_000, d = 10, k = 8;
        FeatureMatrix m = BenchData.blobs(n, d, k, 99);
        List<DoublePoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] row = new double[d];
            System.arraycopy(m.data(), i * d, row, 0, d);
            points.add(new DoublePoint(row));
        }
        double ours = Double.MAX_VALUE, theirs = Double.MAX_VALUE, oursSse = 0, theirSse = 0;
        for (int rep = 0; rep < 4; rep++) {
            long t0 = System.nanoTime();
            Clustering c = KMeans.run(m, KMeansOptions.defaults(k).withRestarts(1).withSeed(rep), ProgressListener.NONE, Cancellation.NEVER);
            long t1 = System.nanoTime();
            JDKRandomGenerator rnd = new JDKRandomGenerator();
            rnd.setSeed(rep);
            List<CentroidCluster<DoublePoint>> cm = new KMeansPlusPlusClusterer<DoublePoint>(k, -1,
                    new org.apache.commons.math3.ml.distance.EuclideanDistance(), rnd).cluster(points);
            long t2 = System.nanoTime();
            if (rep == 0) continue; // warm-up
            ours = Math.min(ours, (t1 - t0) / 1e6);
            theirs = Math.min(theirs, (t2 - t1) / 1e6);
            oursSse = c.sse();
            theirSse = sse(cm);
        }
        System.out.printf("n=%d d=%d k=%d: archetype %.1f ms (sse %.6g), commons-math %.1f ms (sse %.6g), speed-up %.1fx%n",
                n, d, k, ours, oursSse, theirs, theirSse, theirs / ours);
    }

    private static double sse(List<CentroidCluster<DoublePoint>> clusters) {
        double s = 0;
        for (CentroidCluster<DoublePoint> c : clusters) {
            double[] ctr = c.getCenter().getPoint();
            for (DoublePoint p : c.getPoints()) {
                double[] x = p.getPoint();
                for (int j = 0; j < x.length; j++) s += (x[j] - ctr[j]) * (x[j] - ctr[j]);
            }
        }
        return s;
    }
}
