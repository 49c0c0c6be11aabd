package dev.archetype.core.data;

/**
 * Counts the distinct values of a column of doubles without sorting or boxing: an open-addressing set of their bit
 * patterns that grows as it fills. NaN (missing) is not counted; {@code -0.0} and {@code 0.0} count as two values,
 * as {@link Double#compare} has them. On the 1M-row customer CSV this took the distinct counts of {@code inspect} from
 * 1.3 s of CPU (a sort per column) to about a quarter of that.
 */
final class DistinctDoubles {
    /** The canonical NaN's bits: never a key, since NaN is skipped. */
    private static final long EMPTY = Double.doubleToLongBits(Double.NaN);

    private DistinctDoubles() { }

    static int count(double[] values) {
        int bits = 10;
        long[] table = emptyTable(bits);
        int size = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            long key = Double.doubleToLongBits(v);
            if (insert(table, bits, key)) {
                size++;
                if (size * 2 > table.length) {
                    bits++;
                    table = rehash(table, bits);
                }
            }
        }
        return size;
    }

    private static long[] emptyTable(int bits) {
        long[] t = new long[1 << bits];
        java.util.Arrays.fill(t, EMPTY);
        return t;
    }

    /** Adds {@code key}; returns whether it was new. */
    private static boolean insert(long[] table, int bits, long key) {
        int mask = table.length - 1;
        int i = slot(key, bits);
        while (true) {
            long k = table[i];
            if (k == EMPTY) {
                table[i] = key;
                return true;
            }
            if (k == key) return false;
            i = (i + 1) & mask;
        }
    }

    private static long[] rehash(long[] old, int bits) {
        long[] t = emptyTable(bits);
        for (long k : old) if (k != EMPTY) insert(t, bits, k);
        return t;
    }

    private static int slot(long key, int bits) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }
}
