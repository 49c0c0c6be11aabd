package dev.archetype.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private List<String> levels;
    /** Open-addressing index over {@link #levels}: slot → code + 1 (0 = empty); looked up by chars, no String needed. */
    private int[] slots;
    private int[] levelHashes;

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

    /** Takes back the last {@link #missing()} (a record that turned out to be blank). */
    void unaddMissing() {
        size--;
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
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        addCode(lookup(s, null, 0, s.length(), h), row);
    }

    /** A text cell straight from a parser buffer; a String is made only for a new distinct value. */
    void text(char[] b, int off, int len, long row) {
        int h = 0;
        for (int i = off; i < off + len; i++) h = 31 * h + b[i];
        addCode(lookup(null, b, off, len, h), row);
    }

    private void addCode(int code, long row) {
        if (codes == null) {
            codes = new int[Math.max(capacity(), 16)];
            Arrays.fill(codes, -1);
        } else if (size >= codes.length) {
            codes = grow(codes, size + 1);
        }
        codes[size++] = code;
        textCount++;
        if (textExampleCount < EXAMPLES) {
            textRows[textExampleCount] = row;
            textExamples[textExampleCount++] = levels.get(code);
        }
    }

    /** The code of the text (given as {@code s}, or as chars), adding it as a new level if unseen. */
    private int lookup(String s, char[] b, int off, int len, int h) {
        if (slots == null) {
            slots = new int[64];
            levelHashes = new int[16];
            levels = new ArrayList<>();
        }
        int mask = slots.length - 1;
        int idx = mix(h) & mask;
        while (true) {
            int slot = slots[idx];
            if (slot == 0) break;
            int code = slot - 1;
            if (levelHashes[code] == h && sameText(levels.get(code), s, b, off, len)) return code;
            idx = (idx + 1) & mask;
        }
        int code = levels.size();
        levels.add(s != null ? s : new String(b, off, len));
        if (code == levelHashes.length) levelHashes = Arrays.copyOf(levelHashes, code * 2);
        levelHashes[code] = h;
        slots[idx] = code + 1;
        if (levels.size() * 2 > slots.length) rehash();
        return code;
    }

    private static boolean sameText(String level, String s, char[] b, int off, int len) {
        if (s != null) return level.equals(s);
        if (level.length() != len) return false;
        for (int i = 0; i < len; i++) if (level.charAt(i) != b[off + i]) return false;
        return true;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int code = 0; code < levels.size(); code++) {
            int idx = mix(levelHashes[code]) & mask;
            while (bigger[idx] != 0) idx = (idx + 1) & mask;
            bigger[idx] = code + 1;
        }
        slots = bigger;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
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

    /** Capacity to allocate at once when arrays first appear (merging blocks of known total size). */
    private int reserved;

    /** Makes later growth up to {@code n} rows a single allocation. */
    void reserve(int n) {
        reserved = Math.max(reserved, n);
        if (values != null && values.length < n) {
            int old = values.length;
            values = Arrays.copyOf(values, n);
            Arrays.fill(values, old, n, Double.NaN);
            if (kinds != null) kinds = Arrays.copyOf(kinds, n);
        }
        if (codes != null && codes.length < n) {
            int old = codes.length;
            codes = Arrays.copyOf(codes, n);
            Arrays.fill(codes, old, n, -1);
        }
    }

    /** Rows asked for by {@link #reserve} (tests). */
    int reservedRows() {
        return reserved;
    }

    private int capacity() {
        int c = Math.max(reserved, values == null ? 0 : values.length);
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
        appendAll(other, 0);
    }

    /** As {@link #appendAll(ColumnBuilder)}, shifting {@code other}'s example line numbers by {@code lineOffset}. */
    void appendAll(ColumnBuilder other, long lineOffset) {
        int base = size;
        int total = size + other.size;
        if (other.values != null) {
            if (values == null) {
                values = new double[Math.max(Math.max(total, reserved), 16)];
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
                codes = new int[Math.max(Math.max(total, reserved), 16)];
                Arrays.fill(codes, -1);
            } else if (codes.length < total) {
                int old = codes.length;
                codes = Arrays.copyOf(codes, total);
                Arrays.fill(codes, old, total, -1);
            }
            int[] remap = new int[other.levels.size()];
            for (int k = 0; k < remap.length; k++) {
                String s = other.levels.get(k);
                remap[k] = lookup(s, null, 0, s.length(), other.levelHashes[k]);
            }
            // other.codes can be shorter than other.size: it only grows when text arrives, so rows of numbers
            // after a block's last text cell have no slot (they are not text: -1).
            int withCodes = Math.min(other.size, other.codes.length);
            for (int i = 0; i < withCodes; i++) {
                int c = other.codes[i];
                codes[base + i] = c < 0 ? -1 : remap[c];
            }
            Arrays.fill(codes, base + withCodes, total, -1);
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
            textRows[textExampleCount] = other.textRows[k] + lineOffset;
            textExamples[textExampleCount++] = other.textExamples[k];
        }
        for (int k = 0; k < other.errorExampleCount && errorExampleCount < EXAMPLES; k++) {
            errorRows[errorExampleCount] = other.errorRows[k] + lineOffset;
            errorExamples[errorExampleCount++] = other.errorExamples[k];
        }
    }

    /** Pads with missing cells up to {@code n} rows (columns that start late in a sheet). */
    void padTo(int n) {
        while (size < n) size++;
    }
}
