package dev.archetype.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one column's cells while a file is read, before its type is known. Numbers, dates (epoch seconds)
 * and booleans (0/1) share one {@code double[]}; text cells are dictionary-encoded into {@code int[]} codes, so
 * a million repeated labels cost 4 bytes each. Arrays are allocated only for the kinds that occur.
 * {@link TypeInference} turns a finished builder into a typed column. Not thread-safe: one per thread, then
 * {@link #appendAll merged} in row order.
 */
final class ColumnBuilder {
    static final byte NONE = 0;
    static final byte NUMBER = 1;
    static final byte DATE = 2;
    static final byte BOOL = 3;
    /** How many example rows are kept for warnings. */
    static final int EXAMPLES = 5;

    private int size;
    private double[] values;
    private byte soleKind = NONE;
    private byte[] kinds; // only once two non-text kinds mix
    private int[] codes;
    private Map<String, Integer> dictionary;
    private List<String> levels;

    int numberCount;
    int dateCount;
    int boolCount;
    int textCount;
    int errorCount;
    int percentCount;
    boolean allIntegers = true;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    /** First few rows (as the user numbers them) holding text, and the text. */
    final long[] textRows = new long[EXAMPLES];
    final String[] textExamples = new String[EXAMPLES];
    int textExampleCount;
    final long[] errorRows = new long[EXAMPLES];
    final String[] errorExamples = new String[EXAMPLES];
    int errorExampleCount;

    int size() { return size; }

    void missing() {
        size++;
    }

    void number(double v) {
        putValue(v, NUMBER);
        numberCount++;
        if (allIntegers && v != Math.rint(v)) allIntegers = false;
        if (v < min) min = v;
        if (v > max) max = v;
    }

    void date(long epochSeconds) {
        putValue(epochSeconds, DATE);
        dateCount++;
    }

    void bool(boolean b) {
        putValue(b ? 1 : 0, BOOL);
        boolCount++;
    }

    void percent() {
        percentCount++;
    }

    void text(String s, long row) {
        if (codes == null) {
            codes = new int[Math.max(capacity(), 16)];
            Arrays.fill(codes, -1);
            dictionary = new HashMap<>();
            levels = new ArrayList<>();
        } else if (size >= codes.length) {
            codes = grow(codes, size + 1);
        }
        Integer code = dictionary.get(s);
        if (code == null) {
            code = levels.size();
            dictionary.put(s, code);
            levels.add(s);
        }
        codes[size++] = code;
        textCount++;
        if (textExampleCount < EXAMPLES) {
            textRows[textExampleCount] = row;
            textExamples[textExampleCount++] = s;
        }
    }

    /** A spreadsheet error cell (#DIV/0!, #N/A): missing, and counted. */
    void error(String code, long row) {
        errorCount++;
        if (errorExampleCount < EXAMPLES) {
            errorRows[errorExampleCount] = row;
            errorExamples[errorExampleCount++] = code;
        }
        size++;
    }

    private int capacity() {
        int c = values == null ? 0 : values.length;
        if (codes != null) c = Math.max(c, codes.length);
        return Math.max(c, size + 1);
    }

    private void putValue(double v, byte kind) {
        if (values == null) {
            values = new double[Math.max(capacity(), 16)];
            Arrays.fill(values, Double.NaN);
        } else if (size >= values.length) {
            values = grow(values, size + 1);
            if (kinds != null) kinds = Arrays.copyOf(kinds, values.length);
        }
        if (soleKind == NONE) soleKind = kind;
        if (kind != soleKind && kinds == null) materializeKinds();
        if (kinds != null) {
            if (size >= kinds.length) kinds = Arrays.copyOf(kinds, values.length);
            kinds[size] = kind;
        }
        values[size++] = v;
    }

    private void materializeKinds() {
        kinds = new byte[values.length];
        int n = Math.min(size, values.length);
        for (int i = 0; i < n; i++) if (!Double.isNaN(values[i])) kinds[i] = soleKind;
    }

    private static double[] grow(double[] a, int min) {
        int old = a.length;
        double[] b = Arrays.copyOf(a, Math.max(min, old + (old >> 1) + 16));
        Arrays.fill(b, old, b.length, Double.NaN);
        return b;
    }

    private static int[] grow(int[] a, int min) {
        int old = a.length;
        int[] b = Arrays.copyOf(a, Math.max(min, old + (old >> 1) + 16));
        Arrays.fill(b, old, b.length, -1);
        return b;
    }

    /** What row {@code i} holds: NUMBER, DATE, BOOL, or NONE (missing or text). */
    byte kind(int i) {
        if (values == null || i >= values.length || Double.isNaN(values[i])) return NONE;
        return kinds != null ? kinds[i] : soleKind;
    }

    /** The number/date/boolean value of row {@code i}, NaN if none. */
    double value(int i) {
        return values == null || i >= values.length ? Double.NaN : values[i];
    }

    /** Dictionary code of row {@code i}'s text, or -1. */
    int code(int i) {
        return codes == null || i >= codes.length ? -1 : codes[i];
    }

    List<String> levels() {
        return levels == null ? List.of() : levels;
    }

    boolean hasMixedKinds() {
        return kinds != null;
    }

    /** The value array trimmed to {@link #size()}, shared when it already fits (the builder is done by then). */
    double[] valuesExact() {
        if (values == null) {
            double[] v = new double[size];
            Arrays.fill(v, Double.NaN);
            return v;
        }
        if (values.length == size) return values;
        double[] v = Arrays.copyOf(values, size);
        if (values.length < size) Arrays.fill(v, values.length, size, Double.NaN);
        return v;
    }

    /** Appends {@code other}'s rows after this builder's (merging per-chunk builders in file order). */
    void appendAll(ColumnBuilder other) {
        int base = size;
        int total = size + other.size;
        if (other.values != null) {
            if (values == null) {
                values = new double[Math.max(total, 16)];
                Arrays.fill(values, Double.NaN);
            } else if (values.length < total) {
                int old = values.length;
                values = Arrays.copyOf(values, total);
                Arrays.fill(values, old, total, Double.NaN);
            }
            System.arraycopy(other.values, 0, values, base, Math.min(other.values.length, other.size));
            boolean mixed = kinds != null || other.kinds != null
                    || (soleKind != NONE && other.soleKind != NONE && soleKind != other.soleKind);
            if (mixed) {
                if (kinds == null) materializeKinds();
                if (kinds.length < values.length) kinds = Arrays.copyOf(kinds, values.length);
                for (int i = 0; i < other.size; i++) kinds[base + i] = other.kind(i);
            }
            if (soleKind == NONE) soleKind = other.soleKind;
        } else if (values != null && values.length < total) {
            int old = values.length;
            values = Arrays.copyOf(values, total);
            Arrays.fill(values, old, total, Double.NaN);
            if (kinds != null) kinds = Arrays.copyOf(kinds, total);
        }
        if (other.codes != null) {
            if (codes == null) {
                codes = new int[Math.max(total, 16)];
                Arrays.fill(codes, -1);
                dictionary = new HashMap<>();
                levels = new ArrayList<>();
            } else if (codes.length < total) {
                int old = codes.length;
                codes = Arrays.copyOf(codes, total);
                Arrays.fill(codes, old, total, -1);
            }
            int[] remap = new int[other.levels.size()];
            for (int k = 0; k < remap.length; k++) {
                String s = other.levels.get(k);
                Integer code = dictionary.get(s);
                if (code == null) {
                    code = levels.size();
                    dictionary.put(s, code);
                    levels.add(s);
                }
                remap[k] = code;
            }
            for (int i = 0; i < other.size; i++) {
                int c = other.codes[i];
                codes[base + i] = c < 0 ? -1 : remap[c];
            }
        } else if (codes != null && codes.length < total) {
            int old = codes.length;
            codes = Arrays.copyOf(codes, total);
            Arrays.fill(codes, old, total, -1);
        }
        size = total;
        numberCount += other.numberCount;
        dateCount += other.dateCount;
        boolCount += other.boolCount;
        textCount += other.textCount;
        errorCount += other.errorCount;
        percentCount += other.percentCount;
        allIntegers &= other.allIntegers;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        for (int k = 0; k < other.textExampleCount && textExampleCount < EXAMPLES; k++) {
            textRows[textExampleCount] = other.textRows[k];
            textExamples[textExampleCount++] = other.textExamples[k];
        }
        for (int k = 0; k < other.errorExampleCount && errorExampleCount < EXAMPLES; k++) {
            errorRows[errorExampleCount] = other.errorRows[k];
            errorExamples[errorExampleCount++] = other.errorExamples[k];
        }
    }

    /** Pads with missing cells up to {@code n} rows (columns that start late in a sheet). */
    void padTo(int n) {
        while (size < n) size++;
    }
}
