package dev.archetype.bench;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Seeded benchmark inputs, written as CSV under bench-out/ so Python baselines read the very same numbers. */
final class BenchData {
    static final Path DIR = Path.of("bench-out");

    private BenchData() { }

    /** n × d with k Gaussian blobs (centres uniform in ±10, std 2), like sklearn's make_blobs. */
    static FeatureMatrix blobs(int n, int d, int k, long seed) {
        return TestData.randomBlobs(n, d, k, 10, 2.0, seed).matrix();
    }

    static Path writeCsv(FeatureMatrix m, String name) throws IOException {
        Files.createDirectories(DIR);
        Path p = DIR.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(p)) {
            int d = m.cols();
            for (int j = 0; j < d; j++) w.write((j > 0 ? "," : "") + "f" + j);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < m.rows(); i++) {
                sb.setLength(0);
                for (int j = 0; j < d; j++) {
                    if (j > 0) sb.append(',');
                    sb.append(m.get(i, j));
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
        return p;
    }

    static Path writeRows(double[] rows, int d, String name) throws IOException {
        Files.createDirectories(DIR);
        Path p = DIR.resolve(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.length / d; i++) {
            for (int j = 0; j < d; j++) sb.append(j > 0 ? "," : "").append(String.format(Locale.ROOT, "%.17g", rows[i * d + j]));
            sb.append('\n');
        }
        Files.writeString(p, sb);
        return p;
    }

    static String python(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        // BENCH_PYTHON: the environment ../shared/bench/anchors-venv.sh makes (current scikit-learn); Debian's lacks numpy
        cmd[0] = System.getenv().getOrDefault("BENCH_PYTHON", "/usr/bin/python3");
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IOException("python failed: " + String.join(" ", cmd));
        return out.strip();
    }
}
