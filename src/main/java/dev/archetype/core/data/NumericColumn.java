package dev.archetype.core.data;

import java.util.Objects;

/** Numbers (also integers and 0/1 booleans); {@code NaN} marks a missing cell. */
public final class NumericColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final boolean proportion;
    private int missing = -1;
    private int distinct = -1;
    private double skewness = Double.NaN;
    private boolean skewnessKnown;
    /** {@link #isZeroOne()} once known: 1 yes, 0 no, −1 not yet. Unsynchronised: two threads at worst both compute it. */
    private byte zeroOne = -1;

    /** Takes ownership of {@code values}: callers must not modify the array afterwards. */
    public NumericColumn(String name, ColumnType type, double[] values) {
        this(name, type, values, false);
    }

    private NumericColumn(String name, ColumnType type, double[] values, boolean proportion) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.values = Objects.requireNonNull(values, "values");
        this.proportion = proportion;
    }

    /** Shares of a whole (0..1, e.g. a customer's share of spend on one item): profiled and shown as percentages. */
    public static NumericColumn proportion(String name, double[] values) {
        return new NumericColumn(name, ColumnType.NUMERIC, values, true);
    }

    /** Whether the values are shares of a whole, shown as percentages (see {@link #proportion}). */
    public boolean isProportion() { return proportion; }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return type; }
    @Override public int size() { return values.length; }
    @Override public boolean isMissing(int row) { return Double.isNaN(values[row]); }

    public double get(int row) { return values[row]; }

    /**
     * Whether every present value is exactly 0 or 1 (and at least one is present): a flag such as "took offer 7"
     * or "complained". The one 0/1 rule, for the set-up panel, the profiles and the distance advice.
     */
    public boolean isZeroOne() {
        if (zeroOne < 0) zeroOne = (byte) (isZeroOne(null) ? 1 : 0);
        return zeroOne == 1;
    }

    /** As {@link #isZeroOne()}, over the given rows only (null for all). */
    public boolean isZeroOne(int[] rows) {
        boolean any = false;
        int n = rows == null ? values.length : rows.length;
        for (int i = 0; i < n; i++) {
            double v = values[rows == null ? i : rows[i]];
            if (Double.isNaN(v)) continue;
            if (v != 0 && v != 1) return false;
            any = true;
        }
        return any;
    }

    /** A copy of the values; prefer {@link #get(int)} on hot paths. */
    public double[] toArray() { return values.clone(); }

    @Override
    public synchronized int missingCount() {
        if (missing < 0) {
            int m = 0;
            for (double v : values) if (Double.isNaN(v)) m++;
            missing = m;
        }
        return missing;
    }

    @Override
    public synchronized int distinctCount() {
        if (distinct < 0) {
            distinct = DistinctDoubles.count(values);
        }
        return distinct;
    }

    /**
     * The skewness (third standardised moment) of a column of amounts: NaN when fewer than three values are present
     * or any is negative (not an amount). Computed once; the window asks on every feature change.
     */
    public synchronized double amountSkewness() {
        if (!skewnessKnown) {
            double sum = 0, min = Double.POSITIVE_INFINITY;
            int count = 0;
            for (double v : values) {
                if (Double.isNaN(v)) continue;
                sum += v;
                min = Math.min(min, v);
                count++;
            }
            double skew = Double.NaN;
            if (count >= 3 && min >= 0) {
                double mean = sum / count, m2 = 0, m3 = 0;
                for (double v : values) {
                    if (Double.isNaN(v)) continue;
                    double e = v - mean;
                    m2 += e * e;
                    m3 += e * e * e;
                }
                m2 /= count;
                m3 /= count;
                skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
            }
            skewness = skew;
            skewnessKnown = true;
        }
        return skewness;
    }

    @Override
    public String format(int row) {
        double v = values[row];
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    @Override public Column withName(String newName) { return new NumericColumn(newName, type, values, proportion); }
    @Override public Column withType(ColumnType newType) { return new NumericColumn(name, newType, values, proportion); }
}
