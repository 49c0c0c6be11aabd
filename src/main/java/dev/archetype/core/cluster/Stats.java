package dev.archetype.core.cluster;

import java.util.Arrays;

/** Block-ordered sums shared by the engine and the quality indices. */
final class Stats {
    private Stats() { }

    /** Per-cluster sums and counts of the rows, merged in block order (thread-count independent). */
    static void sumsByBlock(double[] x, int d, int k, int[] labels, Blocks blocks, double[] sums, long[] counts) {
        double[][] partS = new double[blocks.count][];
        long[][] partC = new long[blocks.count][];
        blocks.forEach((b, from, to) -> {
            double[] s = new double[k * d];
            long[] c = new long[k];
            for (int i = from; i < to; i++) {
                int a = labels[i];
                int off = i * d, so = a * d;
                for (int j = 0; j < d; j++) s[so + j] += x[off + j];
                c[a]++;
            }
            partS[b] = s;
            partC[b] = c;
        });
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        for (int b = 0; b < blocks.count; b++) {
            for (int j = 0; j < sums.length; j++) sums[j] += partS[b][j];
            for (int c = 0; c < k; c++) counts[c] += partC[b][c];
        }
    }
}
