package dev.archetype.bench;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;

import java.util.SplittableRandom;

/** Quick probe without Python: Archetype's Lloyd time for 1 and N passes (fixed cost vs per-pass slope). */
public final class PassProbe {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), passes = Integer.parseInt(args[1]);
        int d = 10, k = 8;
        FeatureMatrix m = BenchData.blobs(n, d, k, 2024);
        double[] start = new double[k * d];
        SplittableRandom r = new SplittableRandom(1);
        for (int c = 0; c < k; c++) System.arraycopy(m.data(), r.nextInt(n) * d, start, c * d, d);
        for (int rep = 0; rep < 5; rep++) {
            for (int p : new int[] {1, passes}) {
                long t0 = System.nanoTime();
                Clustering c = KMeans.lloydOnly(m, start, KMeansOptions.defaults(k).withMaxIterations(p).withTolerance(0), Cancellation.NEVER);
                System.out.printf("passes=%d iters=%d %.1f ms%n", p, c.iterations(), (System.nanoTime() - t0) / 1e6);
            }
        }
    }
}
