package dev.archetype.bench;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import dev.archetype.core.export.CompareK;
import dev.archetype.core.export.CsvExporter;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.KMetrics;
import dev.archetype.core.export.RunInfo;
import dev.archetype.core.export.WorkbookExporter;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes N labeled rows × 13 columns (default 1,000,000) as a workbook (SXSSF) and, as the baseline in the same
 * run, as CSV; prints wall and process CPU time, file sizes, the XLSX/CSV ratios and the peak heap.
 * Run with a small heap to check streaming: {@code java -Xmx512m -cp ... dev.archetype.bench.ExportBenchmark [rows]}.
 */
public final class ExportBenchmark {
    private static final int K = 5;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("archetype-bench");
        ExportRequest request = request(n);
        System.out.printf("rows=%,d columns=%d (+ Cluster, Archetype, Distance) heap max=%d MB%n", n,
                request.dataset().columnCount(), Runtime.getRuntime().maxMemory() >> 20);

        Path csv = dir.resolve("bench.csv");
        Path xlsx = dir.resolve("bench.xlsx");
        // warm-up on a slice so the JIT has seen both paths before timing
        ExportRequest small = request(20_000);
        CsvExporter.export(small, dir.resolve("w.csv"), ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        WorkbookExporter.export(small, dir.resolve("w.xlsx"), ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);

        double[] csvT = time(() -> CsvExporter.export(request, csv, ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER));
        double[] xT = time(() -> WorkbookExporter.export(request, xlsx, ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER));
        long csvBytes = Files.size(csv);
        long xBytes = Files.size(xlsx);
        System.out.printf("CSV  (baseline): wall %.1f s, cpu %.1f s, %,d bytes%n", csvT[0], csvT[1], csvBytes);
        System.out.printf("XLSX (SXSSF)   : wall %.1f s, cpu %.1f s, %,d bytes%n", xT[0], xT[1], xBytes);
        System.out.printf("ratio XLSX/CSV : wall %.2f×, cpu %.2f×, size %.2f×%n", xT[0] / csvT[0], xT[1] / csvT[1],
                (double) xBytes / csvBytes);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap (sum of pool peaks) %d MB%n", peak >> 20);
        for (Path p : List.of(csv, xlsx, dir.resolve("w.csv"), dir.resolve("w.xlsx"))) Files.deleteIfExists(p);
        Files.deleteIfExists(dir);
    }

    private interface Job { void run() throws Exception; }

    /** {wall seconds, process CPU seconds}. */
    private static double[] time(Job job) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        job.run();
        return new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9};
    }

    /** 13 columns: an id, 8 numbers (3 integers), 2 categoricals, a date and a free-text note. */
    static ExportRequest request(int n) {
        SplittableRandom rnd = new SplittableRandom(42);
        List<Column> cols = new ArrayList<>();
        String[] ids = new String[n];
        String[] notes = new String[n];
        int[] labels = new int[n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.format("C%07d", i);
            notes[i] = i % 7 == 0 ? "call back" : null;
            labels[i] = rnd.nextInt(K);
            dist[i] = rnd.nextDouble() * 3;
        }
        cols.add(new TextColumn("CustomerID", ColumnType.IDENTIFIER, ids));
        String[] names = {"Fresh", "Milk", "Grocery", "Frozen", "Detergents", "Delicatessen", "Orders", "Returns"};
        for (int j = 0; j < names.length; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = j >= 6 ? rnd.nextInt(50) : Math.round(rnd.nextDouble() * 20_000 * (1 + labels[i])) / 100.0;
            cols.add(new NumericColumn(names[j], j >= 6 ? ColumnType.INTEGER : ColumnType.NUMERIC, v));
        }
        int[] channel = new int[n];
        int[] region = new int[n];
        long[] joined = new long[n];
        long base = LocalDate.of(2015, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            channel[i] = rnd.nextInt(2);
            region[i] = rnd.nextInt(3);
            joined[i] = (base + rnd.nextInt(3_000)) * 86_400L;
        }
        cols.add(new CategoricalColumn("Channel", channel, List.of("Horeca", "Retail")));
        cols.add(new CategoricalColumn("Region", region, List.of("Lisbon", "Oporto", "Other")));
        cols.add(new DateColumn("Joined", joined));
        cols.add(new TextColumn("Note", ColumnType.TEXT, notes));
        Dataset data = new Dataset("bench.csv", cols, List.of());

        int[] rows = new int[n];
        double[] m = new double[n * 2];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            m[2 * i] = ((NumericColumn) cols.get(1)).get(i) / 100;
            m[2 * i + 1] = ((NumericColumn) cols.get(3)).get(i) / 100;
        }
        FeatureMatrix matrix = new FeatureMatrix(n, 2, m, List.of(new EncodedFeature("Fresh", "Fresh", null, 0, 100),
                new EncodedFeature("Grocery", "Grocery", null, 0, 100)), rows, List.of());
        int[] sizes = new int[K];
        for (int l : labels) sizes[l]++;
        double[] centroids = new double[K * 2];
        for (int c = 0; c < K; c++) centroids[2 * c] = centroids[2 * c + 1] = c + 1;
        Clustering clustering = new Clustering(K, 2, labels, centroids, sizes, 1.0, dist, 10, true);
        ClusterProfile profile = ClusterProfile.of(data, matrix, clustering);
        CompareK compare = new CompareK(List.of(new KMetrics(4, 2.0, 0.4, true, 100, 0.9, 0.8, new int[] {1, 2, 3, 4}),
                new KMetrics(5, 1.0, 0.5, true, 120, 0.8, 0.9, sizes)), 5, "benchmark");
        RunInfo run = new RunInfo("ZSCORE", "MEAN", "EUCLIDEAN", "KMEANS_PLUS_PLUS", 10, 300, 1e-4, 42, "bench",
                Instant.now(), null);
        return new ExportRequest(data, null, null, matrix, clustering, profile, null, compare, run);
    }
}
