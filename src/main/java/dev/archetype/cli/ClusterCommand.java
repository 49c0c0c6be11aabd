package dev.archetype.cli;

import dev.archetype.core.cluster.Centroids;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cluster}: k-means for one k; prints sizes and centroids in original units, optionally writes labels. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster FILE into k groups; print SSE, sizes and each cluster's centre in original units.")
public final class ClusterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or XLS file.") Path file;
    @Option(names = "--k", paramLabel = "K", required = true, description = "Number of clusters.") int k;
    @Option(names = "--out", paramLabel = "labels.csv",
            description = "Write each row's cluster (1 = largest) to this CSV: row,cluster.") Path out;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Mixin FeatureOptions prep;
    @Mixin TransactionOptions transactions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dataset data = DatasetReading.read(file, prep.sheet);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var tx = transactions.prepare(file, data, json ? err : stdout);
        data = tx.dataset(data);
        FeatureMatrix m = Preparer.prepare(data, tx.spec(prep.spec(data), spec));
        for (String w : m.warnings()) (json ? err : stdout).println("Note: " + w);
        Clustering c = KMeans.run(m, prep.options(k), ProgressListener.NONE, Cancellation.NEVER);
        if (out != null) tx.writeLabels(out, data, m, c);
        if (json) {
            var root = ResultJson.cluster(m, c);
            tx.addJson(root, data, m, c);
            stdout.println(ResultJson.write(root));
        } else {
            printText(stdout, m, c);
            tx.printText(stdout, m, c);
            if (out != null) stdout.println("Wrote labels to " + out);
        }
        return ArchetypeCli.OK;
    }

    static void printText(PrintWriter out, FeatureMatrix m, Clustering c) {
        out.printf(Locale.ROOT, "k = %d   sse = %.4f   sizes = %s%n", c.k(), c.sse(), Arrays.toString(c.sizes()));
        List<String> names = m.names();
        double[][] orig = Centroids.inOriginalUnits(m, c);
        int w = Math.max(8, names.stream().mapToInt(String::length).max().orElse(8));
        out.printf(Locale.ROOT, "%-" + w + "s", "feature");
        for (int cl = 0; cl < c.k(); cl++) out.printf(Locale.ROOT, " %14s", "cluster " + (cl + 1));
        out.println();
        for (int j = 0; j < names.size(); j++) {
            out.printf(Locale.ROOT, "%-" + w + "s", names.get(j));
            for (int cl = 0; cl < c.k(); cl++) out.printf(Locale.ROOT, " %14.4f", orig[cl][j]);
            out.println();
        }
    }

    /** One line per dataset row; rows left out for missing values get an empty cluster. Written atomically. */
    static void writeLabels(Path target, int datasetRows, int[] sourceRows, Clustering c) throws IOException {
        int[] byRow = new int[datasetRows];
        for (int i = 0; i < sourceRows.length; i++) byRow[sourceRows[i]] = c.label(i) + 1;
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new IOException("No such folder for --out: " + dir);
        Path tmp = Files.createTempFile(dir, ".labels", ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("row,cluster\n");
                for (int r = 0; r < datasetRows; r++) {
                    w.write(Integer.toString(r + 1));
                    w.write(',');
                    if (byRow[r] > 0) w.write(Integer.toString(byRow[r]));
                    w.write('\n');
                }
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
