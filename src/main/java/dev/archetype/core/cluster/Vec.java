package dev.archetype.core.cluster;

/** Distance kernels on flat row-major arrays. */
final class Vec {
    private Vec() { }

    static double dist2(double[] a, int aOff, double[] b, int bOff, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double e = a[aOff + j] - b[bOff + j];
            s += e * e;
        }
        return s;
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
