package dev.archetype.bench;

import java.util.stream.IntStream;

/** Baseline: Lloyd with no pruning on a flat row-major array, rows split across threads. */
final class PlainLloyd {
    private PlainLloyd() { }

    static int run(double[] x, int n, int d, int k, double[] start, int passes, int threads) throws Exception {
        double[] c = start.clone();
        int[] labels = new int[n];
        int chunks = threads * 4;
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            for (int p = 0; p < passes; p++) {
                double[][] sums = new double[chunks][k * d];
                long[][] counts = new long[chunks][k];
                final double[] cc = c;
                pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(ch -> {
                    int from = (int) ((long) n * ch / chunks), to = (int) ((long) n * (ch + 1) / chunks);
                    double[] s = sums[ch];
                    long[] cnt = counts[ch];
                    for (int i = from; i < to; i++) {
                        int off = i * d, best = 0;
                        double bd = Double.MAX_VALUE;
                        for (int j = 0; j < k; j++) {
                            double dd = 0;
                            for (int t = 0; t < d; t++) {
                                double e = x[off + t] - cc[j * d + t];
                                dd += e * e;
                            }
                            if (dd < bd) {
                                bd = dd;
                                best = j;
                            }
                        }
                        labels[i] = best;
                        for (int t = 0; t < d; t++) s[best * d + t] += x[off + t];
                        cnt[best]++;
                    }
                })).get();
                double[] next = new double[k * d];
                for (int j = 0; j < k; j++) {
                    long total = 0;
                    for (int ch = 0; ch < chunks; ch++) total += counts[ch][j];
                    for (int t = 0; t < d; t++) {
                        double s = 0;
                        for (int ch = 0; ch < chunks; ch++) s += sums[ch][j * d + t];
                        next[j * d + t] = total > 0 ? s / total : c[j * d + t];
                    }
                }
                c = next;
            }
        } finally {
            pool.shutdown();
        }
        return passes;
    }
}
