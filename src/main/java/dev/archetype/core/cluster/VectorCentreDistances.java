package dev.archetype.core.cluster;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link CentreDistances} with the JDK's vector API: the centres transposed (feature-major, padded with zeros to
 * whole vectors), so one vector holds one feature of several centres and each lane's sum runs in feature order,
 * exactly as the scalar kernel's. Loaded by name only when the vector module is in the boot layer.
 */
final class VectorCentreDistances extends CentreDistances {
    // Species must be constants for the JIT to turn vector code into instructions; held in a field, the same code
    // ran 2.5× slower than the scalar kernel.
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private static final DoubleVector LANE_INDEX = DoubleVector.zero(SPECIES).addIndex(1);
    private static final DoubleVector INFINITE = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);

    private final int lanes = SPECIES.length();
    /** The lanes that hold a centre when all fit in one vector. */
    private final VectorMask<Double> centres;
    /** k rounded up to whole vectors. */
    private final int padded;
    private final double[] transposed;

    VectorCentreDistances(int k, int d) {
        super(k, d);
        this.padded = (k + lanes - 1) / lanes * lanes;
        this.transposed = new double[padded * d];
        this.centres = SPECIES.indexInRange(0, k);
    }

    @Override
    void set(double[] centers) {
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) transposed[j * padded + c] = centers[c * d + j];
        }
    }

    @Override
    int width() {
        return padded;
    }

    /**
     * With every centre in one vector the nearest is found in its lanes: writing the distances out and reading them
     * back one by one stalled on every row (the wide store cannot be forwarded to narrow loads), which made the first
     * scan of 1M × 8, k = 8 take 51 ms on one core, against 6 ms for the distances alone.
     */
    @Override
    int nearest(double[] x, int off, double[] scratch, double[] two) {
        if (padded != lanes) return super.nearest(x, off, scratch, two);
        DoubleVector acc = DoubleVector.zero(SPECIES);
        for (int j = 0; j < d; j++) {
            DoubleVector e = DoubleVector.broadcast(SPECIES, x[off + j]).sub(DoubleVector.fromArray(SPECIES, transposed, j * padded));
            acc = acc.add(e.mul(e));
        }
        acc = INFINITE.blend(acc, centres);
        double b1 = acc.reduceLanes(VectorOperators.MIN);
        int best = acc.compare(VectorOperators.EQ, b1).firstTrue();
        two[0] = b1;
        two[1] = acc.blend(INFINITE, LANE_INDEX.compare(VectorOperators.EQ, best)).reduceLanes(VectorOperators.MIN);
        return best;
    }

    /**
     * Summed in the lanes: the default reads {@link #all}'s output back lane by lane, which stalls every row as
     * {@link #nearest} explains.
     */
    @Override
    void sumOfMin(double[] x, double[] floor, int from, int to, double[] scratch, double[] out) {
        if (padded != lanes) {
            super.sumOfMin(x, floor, from, to, scratch, out);
            return;
        }
        DoubleVector sum = DoubleVector.zero(SPECIES);
        for (int i = from; i < to; i++) {
            int off = i * d;
            DoubleVector acc = DoubleVector.zero(SPECIES);
            for (int j = 0; j < d; j++) {
                DoubleVector e = DoubleVector.broadcast(SPECIES, x[off + j]).sub(DoubleVector.fromArray(SPECIES, transposed, j * padded));
                acc = acc.add(e.mul(e));
            }
            sum = sum.add(acc.min(floor[i]));
        }
        sum.intoArray(scratch, 0);
        System.arraycopy(scratch, 0, out, 0, k);
    }

    @Override
    void all(double[] x, int off, double[] out) {
        for (int c = 0; c < padded; c += lanes) {
            DoubleVector acc = DoubleVector.zero(SPECIES);
            for (int j = 0; j < d; j++) {
                DoubleVector e = DoubleVector.broadcast(SPECIES, x[off + j])
                        .sub(DoubleVector.fromArray(SPECIES, transposed, j * padded + c));
                acc = acc.add(e.mul(e));
            }
            acc.intoArray(out, c);
        }
    }

    @Override
    void allTwo(double[] x, int off1, int off2, double[] out1, double[] out2) {
        for (int c = 0; c < padded; c += lanes) {
            DoubleVector acc1 = DoubleVector.zero(SPECIES);
            DoubleVector acc2 = DoubleVector.zero(SPECIES);
            for (int j = 0; j < d; j++) {
                DoubleVector centre = DoubleVector.fromArray(SPECIES, transposed, j * padded + c);
                DoubleVector e1 = DoubleVector.broadcast(SPECIES, x[off1 + j]).sub(centre);
                DoubleVector e2 = DoubleVector.broadcast(SPECIES, x[off2 + j]).sub(centre);
                acc1 = acc1.add(e1.mul(e1));
                acc2 = acc2.add(e2.mul(e2));
            }
            acc1.intoArray(out1, c);
            acc2.intoArray(out2, c);
        }
    }
}
