package dev.archetype.core.cluster;

/** Adjusted Rand index (Hubert and Arabie): agreement of two labelings, 1 = identical up to renaming, ≈ 0 = chance. */
public final class AdjustedRand {
    private AdjustedRand() { }

    /** Labels are non-negative cluster numbers; both arrays must have the same length. */
    public static double index(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("labelings differ in length: " + a.length + " vs " + b.length);
        int n = a.length;
        int ka = 0, kb = 0;
        for (int i = 0; i < n; i++) {
            if (a[i] < 0 || b[i] < 0) throw new IllegalArgumentException("labels must be ≥ 0");
            ka = Math.max(ka, a[i] + 1);
            kb = Math.max(kb, b[i] + 1);
        }
        long[] table = new long[ka * kb];
        long[] rowSum = new long[ka];
        long[] colSum = new long[kb];
        for (int i = 0; i < n; i++) {
            table[a[i] * kb + b[i]]++;
            rowSum[a[i]]++;
            colSum[b[i]]++;
        }
        double index = 0, sumA = 0, sumB = 0;
        for (long t : table) index += pairs(t);
        for (long r : rowSum) sumA += pairs(r);
        for (long c : colSum) sumB += pairs(c);
        double total = pairs(n);
        if (total == 0) return 1.0;
        double expected = sumA * sumB / total;
        double max = 0.5 * (sumA + sumB);
        if (max == expected) return 1.0;
        return (index - expected) / (max - expected);
    }

    private static double pairs(long m) {
        return m * (m - 1) / 2.0;
    }
}
