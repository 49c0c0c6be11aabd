package dev.archetype.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Per-Lloyd-pass time from identical starting centres on 1,000,000 × 10 with 8 blobs: Archetype's Hamerly kernel
 * vs a plain flat-array loop (both Java, same threads) vs scikit-learn's lloyd (subprocess, same CSV and centres).
 * Run: java --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.archetype.bench.LloydPassBench [n] [passes]
 * (without the module the scalar kernel runs; the window and small commands run it too)
 */
public final class LloydPassBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int d = 10, k = 8, threads = Runtime.getRuntime().availableProcessors();
        FeatureMatrix m = BenchData.blobs(n, d, k, 2024);
        double[] start = new double[k * d];
        SplittableRandom r = new SplittableRandom(1);
        for (int c = 0; c < k; c++) System.arraycopy(m.data(), r.nextInt(n) * d, start, c * d, d);
        Path csv = BenchData.writeCsv(m, "lloyd_" + n + ".csv");
        Path startCsv = BenchData.writeRows(start, d, "lloyd_start.csv");

        KMeansOptions o = KMeansOptions.defaults(k).withMaxIterations(passes).withTolerance(0).withThreads(threads);
        double hamerly = Double.MAX_VALUE, plain = Double.MAX_VALUE;
        int iters = 0;
        double sse = 0;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            Clustering c = KMeans.lloydOnly(m, start, o, Cancellation.NEVER);
            double per = (System.nanoTime() - t0) / 1e6 / c.iterations();
            iters = c.iterations();
            sse = c.sse();
            hamerly = Math.min(hamerly, per);
            t0 = System.nanoTime();
            int pi = PlainLloyd.run(m.data(), n, d, k, start, iters, threads);
            plain = Math.min(plain, (System.nanoTime() - t0) / 1e6 / pi);
        }
        JsonNode sk = new ObjectMapper().readTree(BenchData.python("src/test/resources/bench/sklearn_lloyd_pass.py",
                csv.toString(), startCsv.toString(), Integer.toString(passes)));
        double skPer = sk.get("perPassMs").asDouble();
        System.out.printf("n=%d d=%d k=%d threads=%d%n", n, d, k, threads);
        System.out.printf("archetype hamerly: %d passes, %.2f ms/pass (sse %.6g)%n", iters, hamerly, sse);
        System.out.printf("plain java loop:   %.2f ms/pass%n", plain);
        System.out.printf("scikit-learn lloyd: %d passes, %.2f ms/pass (sse %.6g)%n", sk.get("iterations").asInt(), skPer,
                sk.get("sse").asDouble());
        System.out.printf("ratio archetype/sklearn = %.3f   archetype/plain = %.3f%n", hamerly / skPer, hamerly / plain);
    }
}
