package dev.archetype.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.KSweep;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole sweep k = 1..10 × 3 restarts, end to end from the same CSV (read, z-score, sweep with all indices),
 * Archetype vs ../shared/bench/sklearn_sweep.py, in the same run.
 * Run: java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.archetype.bench.SweepBench [n]
 */
public final class SweepBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path csv = BenchData.DIR.resolve("sweep_" + n + ".csv");
        if (!Files.exists(csv)) BenchData.writeCsv(BenchData.blobs(n, 10, 8, 77), csv.getFileName().toString());
        String features = "f0,f1,f2,f3,f4,f5,f6,f7,f8,f9";

        long t0 = System.nanoTime();
        Dataset data = FastNumericCsv.read(csv);
        long t1 = System.nanoTime();
        FeatureMatrix m = Preparer.prepare(data, FeatureSpec.of(java.util.List.of(features.split(","))));
        long t2 = System.nanoTime();
        SweepResult s = KSweep.run(m, 1, 10, KMeansOptions.defaults(1).withRestarts(3), ProgressListener.NONE, Cancellation.NEVER);
        long t3 = System.nanoTime();
        double ours = (t3 - t0) / 1e9;

        long p0 = System.nanoTime();
        JsonNode sk = new ObjectMapper().readTree(BenchData.python("../shared/bench/sklearn_sweep.py", csv.toString(),
                "--features", features, "--k", "1..10", "--restarts", "3", "--seed", "0"));
        double theirs = (System.nanoTime() - p0) / 1e9;

        System.out.printf("rows=%d  archetype: read %.2f s, prepare %.2f s, sweep %.2f s, total %.2f s%n", n,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, ours);
        JsonNode sec = sk.get("seconds");
        System.out.printf("scikit-learn: read %.2f s, fit %.2f s, metrics %.2f s, process total %.2f s%n",
                sec.get("read").asDouble(), sec.get("fit").asDouble(), sec.get("metrics").asDouble(), theirs);
        System.out.printf("ratio archetype/sklearn (end to end) = %.3f%n", ours / theirs);
        System.out.printf("%3s %16s %16s %9s %9s%n", "k", "sse archetype", "sse sklearn", "sil A", "sil S");
        for (int i = 0; i < s.results().size(); i++) {
            var a = s.results().get(i);
            JsonNode b = sk.get("results").get(i);
            System.out.printf("%3d %16.6g %16.6g %9.4f %9.4f%n", a.k(), a.sse(), b.get("sse").asDouble(), a.silhouette(),
                    b.has("silhouette") ? b.get("silhouette").asDouble() : Double.NaN);
        }
        System.out.println("recommended k = " + s.recommendedK() + ": " + s.reason());
    }
}
