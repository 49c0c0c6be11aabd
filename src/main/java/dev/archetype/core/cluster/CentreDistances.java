package dev.archetype.core.cluster;

/**
 * Squared distances from one row to every centre at once, for the full scans of k-means (the first assignment,
 * rows whose bounds fail, refinement's candidates). Every value is exactly {@link Vec#dist2}'s: each distance adds
 * its terms in feature order from zero, whichever kernel runs, so labels and SSE do not depend on the kernel.
 *
 * <p>With the JDK's vector module in the boot layer ({@code --add-modules jdk.incubator.vector}, which the command
 * line's child JVM and the installed app add) the centres are held transposed and several centres share each
 * instruction, two rows at a time: on 1,000,000 × 10, k = 8 a full scan takes 8.5 ms instead of 32 ms on one core
 * (AVX-512). Without it the scalar kernel runs; {@code -Darchetype.simd=false} chooses it too.
 * An instance is set once per centre update and then read by many threads, each with its own output arrays.
 */
abstract class CentreDistances {
    private static final String VECTOR_IMPL = "dev.archetype.core.cluster.VectorCentreDistances";
    private static final boolean VECTOR = vectorAvailable();

    final int k;
    final int d;

    CentreDistances(int k, int d) {
        this.k = k;
        this.d = d;
    }

    /** The fastest kernel this JVM offers for k centres of d features. */
    static CentreDistances of(int k, int d) {
        if (VECTOR) {
            try {
                return (CentreDistances) Class.forName(VECTOR_IMPL).getDeclaredConstructor(int.class, int.class)
                        .newInstance(k, d);
            } catch (ReflectiveOperationException | LinkageError e) {
                // the module is there but unusable: the scalar kernel gives the same values
            }
        }
        return scalar(k, d);
    }

    static CentreDistances scalar(int k, int d) {
        return new Scalar(k, d);
    }

    /** Whether {@link #of} gives the vector kernel in this JVM. */
    static boolean vectorInUse() {
        return VECTOR && !(of(1, 1) instanceof Scalar);
    }

    private static boolean vectorAvailable() {
        if ("false".equalsIgnoreCase(System.getProperty("archetype.simd"))) return false;
        try {
            return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Takes the centres (row-major k × d); call again whenever they change. */
    abstract void set(double[] centers);

    /** How long an output array must be (at least k). */
    abstract int width();

    /** Squared distances from row {@code x[off..off+d)} to each centre, into {@code out[0..k)}. */
    abstract void all(double[] x, int off, double[] out);

    /** {@link #all} for two rows at once (the vector kernel hides each sum's latency behind the other's). */
    abstract void allTwo(double[] x, int off1, int off2, double[] out1, double[] out2);

    /**
     * For each centre c, the sum over rows {@code from..to} (in row order, from zero) of
     * {@code min(floor[row], |x_row − c|²)} into {@code out[c]}: what a k-means++ candidate would leave as the
     * potential of those rows. The same values as adding {@link Vec#dist2}'s row by row.
     */
    void sumOfMin(double[] x, double[] floor, int from, int to, double[] scratch, double[] out) {
        java.util.Arrays.fill(out, 0, k, 0.0);
        for (int i = from; i < to; i++) {
            all(x, i * d, scratch);
            double f = floor[i];
            for (int c = 0; c < k; c++) out[c] += Math.min(f, scratch[c]);
        }
    }

    /**
     * The nearest centre to row {@code x[off..off+d)} (the lowest index among equals), with its squared distance in
     * {@code two[0]} and the second smallest squared distance in {@code two[1]} (equal to the first on a tie).
     * {@code scratch} is an output array of {@link #width()}.
     */
    int nearest(double[] x, int off, double[] scratch, double[] two) {
        all(x, off, scratch);
        return nearestOf(scratch, k, two);
    }

    static int nearestOf(double[] all, int k, double[] two) {
        int best = 0;
        double b1 = Double.POSITIVE_INFINITY, b2 = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double dd = all[c];
            if (dd < b1) {
                b2 = b1;
                b1 = dd;
                best = c;
            } else if (dd < b2) {
                b2 = dd;
            }
        }
        two[0] = b1;
        two[1] = b2;
        return best;
    }

    private static final class Scalar extends CentreDistances {
        private double[] centers;

        Scalar(int k, int d) {
            super(k, d);
        }

        @Override
        void set(double[] centers) {
            this.centers = centers;
        }

        @Override
        int width() {
            return k;
        }

        @Override
        void all(double[] x, int off, double[] out) {
            Vec.dist2All(x, off, centers, k, d, out);
        }

        @Override
        void allTwo(double[] x, int off1, int off2, double[] out1, double[] out2) {
            Vec.dist2All(x, off1, centers, k, d, out1);
            Vec.dist2All(x, off2, centers, k, d, out2);
        }
    }
}
