package dev.archetype.core.cluster;

/** Distance kernels on flat row-major arrays. */
final class Vec {
    private Vec() { }

    /**
     * 1 when {@code a > b}, else 0 (also 1 for some NaNs and for +0 against −0, which only list a row that did not
     * need it), without a branch: written as {@code a > b ? 1 : 0} the JIT compiled a branch into the bound sweeps,
     * and with half the rows listed every other row was a mispredicted jump (1M × 8, k = 8: the sweep that lists
     * rows took 9 ns a row when half were listed and 3 ns when a tenth were).
     */
    static int above(double a, double b) {
        return (int) (Double.doubleToRawLongBits(b - a) >>> 63);
    }

    /**
     * Reads the first and last feature of each of the first {@code count} rows listed, bringing them into cache;
     * returns a sum the caller must keep so the loads stay. The loads do not wait on each other, so many cache
     * misses are in flight at once: computing on rows scattered over a large matrix, each row's loads waited behind
     * the previous row's arithmetic.
     */
    static double touch(double[] x, int[] rows, int count, int d) {
        if (d == 0) return 0;
        double sum = 0;
        int last = d - 1;
        for (int e = 0; e < count; e++) {
            int off = rows[e] * d;
            sum += x[off] + x[off + last];
        }
        return sum;
    }

    static double dist2(double[] a, int aOff, double[] b, int bOff, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double e = a[aOff + j] - b[bOff + j];
            s += e * e;
        }
        return s;
    }

    /**
     * The squared distances from row {@code a[aOff..aOff+d)} to each of the k centres in {@code b} (row-major), into
     * {@code out[0..k)}. Four centres share each pass over the row, so four independent sums run side by side instead
     * of one chain waiting on itself; each sum still adds its terms in feature order, so every value is exactly
     * {@link #dist2}'s.
     */
    static void dist2All(double[] a, int aOff, double[] b, int k, int d, double[] out) {
        int c = 0;
        for (; c + 4 <= k; c += 4) {
            int o0 = c * d, o1 = o0 + d, o2 = o1 + d, o3 = o2 + d;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0; j < d; j++) {
                double x = a[aOff + j];
                double e0 = x - b[o0 + j];
                double e1 = x - b[o1 + j];
                double e2 = x - b[o2 + j];
                double e3 = x - b[o3 + j];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[c] = s0;
            out[c + 1] = s1;
            out[c + 2] = s2;
            out[c + 3] = s3;
        }
        for (; c < k; c++) out[c] = dist2(a, aOff, b, c * d, d);
    }

    /** Scales a[off..off+d) to unit length; leaves a zero vector as it is. */
    static void normalise(double[] a, int off, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) s += a[off + j] * a[off + j];
        if (s > 0) {
            double inv = 1.0 / Math.sqrt(s);
            for (int j = 0; j < d; j++) a[off + j] *= inv;
        }
    }

    static double dot(double[] a, int aOff, double[] b, int bOff, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) s += a[aOff + j] * b[bOff + j];
        return s;
    }
}
