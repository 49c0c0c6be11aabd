package dev.archetype.bench;

import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

/** Probe: FILE K RESTARTS SEEDS — SSE per seed with phase timings (development aid). */
public final class FitProbe {
    public static void main(String[] args) throws Exception {
        var data = FastNumericCsv.read(java.nio.file.Path.of(args[0]));
        FeatureMatrix m = Preparer.prepare(data, FeatureSpec.of(data.columnNames()));
        int k = Integer.parseInt(args[1]), restarts = Integer.parseInt(args[2]), seeds = Integer.parseInt(args[3]);
        StringBuilder sb = new StringBuilder();
        for (int seed = 0; seed < seeds; seed++) {
            long t0 = System.nanoTime();
            var c = KMeans.run(m, KMeansOptions.defaults(k).withRestarts(restarts).withSeed(seed), ProgressListener.NONE, Cancellation.NEVER);
            sb.append(Math.round(c.sse())).append(' ');
            System.err.printf("k=%d seed=%d total %.0f ms sse %.6g%n", k, seed, (System.nanoTime() - t0) / 1e6, c.sse());
        }
        System.out.println(sb);
    }
}
