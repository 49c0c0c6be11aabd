package dev.archetype.bench;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.NumericColumn;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the 1,000,000 × 12 benchmark CSV into a Dataset and, in the same run, times
 * {@code pandas.read_csv} on the same file. Reports best-of-N wall times, process CPU, their ratio, and the
 * Dataset's retained heap per cell. Run outside Maven:
 * {@code BENCH_PYTHON=$(../shared/bench/anchors-venv.sh) java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) dev.archetype.bench.CsvReadBenchmark}.
 */
public final class CsvReadBenchmark {
    private CsvReadBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/archetype-bench/customers_1m.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(file)) CustomerCsvGenerator.write(file, 1_000_000, 20240601L);
        System.out.printf("file %s, %.1f MB, %d cores%n", file, Files.size(file) / 1e6, Runtime.getRuntime().availableProcessors());

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        Dataset ds = null;
        for (int i = 0; i < runs + 1; i++) {
            ds = null;
            System.gc();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ds = Importer.read(file, ImportOptions.defaults(), null, null);
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            if (i > 0) { // the first run warms up the JIT
                wall.add((t1 - t0) / 1e9);
                cpu.add((c1 - c0) / 1e9);
            }
            System.out.printf("  archetype run %d: %.3f s wall, %.3f s CPU%n", i, (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        }
        System.out.printf("rows %d, columns %d, types:", ds.rowCount(), ds.columnCount());
        for (Column c : ds.columns()) System.out.print(" " + c.name() + "=" + c.type().label());
        System.out.println();

        System.gc();
        Thread.sleep(200);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long withData = rt.totalMemory() - rt.freeMemory();
        long numericCells = 0;
        long cells = (long) ds.rowCount() * ds.columnCount();
        for (Column c : ds.columns()) if (c instanceof NumericColumn) numericCells += c.size();
        Dataset keep = ds;
        ds = null;
        keep.rowCount();
        long dataBytes = estimate(keep);

        if (args.length > 2 && args[2].equals("--no-pandas")) return;
        double[] pandas = pandas(file, runs);
        double bestJava = wall.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double medianJava = median(wall);
        double bestPandas = Arrays.stream(pandas).min().orElseThrow();
        double medianPandas = median(Arrays.stream(pandas).boxed().toList());
        System.out.printf("archetype: best %.3f s, median %.3f s wall; median CPU %.3f s%n", bestJava, medianJava, median(cpu));
        System.out.printf("pandas.read_csv: best %.3f s, median %.3f s wall%n", bestPandas, medianPandas);
        System.out.printf("ratio archetype/pandas (best): %.2f, (median): %.2f%n", bestJava / bestPandas, medianJava / medianPandas);
        System.out.printf("heap after read (all live objects): %.0f MB; dataset arrays: %.0f MB for %,d cells "
                        + "(%.2f bytes/cell overall, %,d numeric cells at 8 bytes)%n",
                withData / 1e6, dataBytes / 1e6, cells, (double) dataBytes / cells, numericCells);
    }

    /** Bytes held by the column arrays (doubles 8, codes 4, epoch seconds 8; text columns by string length). */
    private static long estimate(Dataset ds) {
        long b = 0;
        for (Column c : ds.columns()) {
            if (c instanceof NumericColumn n) b += 8L * n.size();
            else if (c instanceof dev.archetype.core.data.CategoricalColumn k) b += 4L * k.size() + 64L * k.levels().size();
            else if (c instanceof dev.archetype.core.data.DateColumn d) b += 8L * d.size();
            else if (c instanceof dev.archetype.core.data.TextColumn t) b += 8L * t.size() + 48L * t.distinctCount();
        }
        return b;
    }

    private static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double[] pandas(Path file, int runs) throws Exception {
        String script = "import sys, time, pandas\n"
                + "pandas.read_csv(sys.argv[1])\n"
                + "for _ in range(int(sys.argv[2])):\n"
                + "    t = time.perf_counter(); df = pandas.read_csv(sys.argv[1]); print(time.perf_counter() - t, flush=True)\n"
                + "print('shape', df.shape, file=sys.stderr)\n";
        Process p = new ProcessBuilder(System.getenv().getOrDefault("BENCH_PYTHON", "python3"), "-c", script, file.toString(), String.valueOf(runs))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Double> times = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                double t = Double.parseDouble(line.trim());
                times.add(t);
                System.out.printf("  pandas run: %.3f s%n", t);
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException("pandas failed");
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
