package dev.archetype.core.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Reads a trimmed cell text as a number, or answers NaN when it is not one. Plain numbers take a fast path
 * without allocation; the slow path accepts thousands separators ({@code 1,234,567.5}, or {@code 1.234.567,5}
 * with a decimal comma), currency symbols ({@code $1,234.50}, {@code 12,50 €}), accounting negatives
 * ({@code (120)}) and percentages ({@code 12%} reads as 12, flagged so the column can say so).
 * Integers written with leading zeros ({@code 007}) are not numbers: they are codes and keep their zeros.
 * Not thread-safe: one instance per thread.
 */
final class NumberParser {
    private static final int MAX_LENGTH = 64;
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    private final boolean decimalComma;
    private final char[] scratch = new char[MAX_LENGTH + 2];
    /** Whether the last successful parse carried a percent sign. */
    boolean lastPercent;

    NumberParser(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    boolean decimalComma() {
        return decimalComma;
    }

    double parse(String s) {
        return parse(s.toCharArray(), 0, s.length());
    }

    /** The number in {@code b[off, off+len)}, or NaN when the text is not a number. */
    double parse(char[] b, int off, int len) {
        lastPercent = false;
        if (len == 0 || len > MAX_LENGTH) return Double.NaN;
        int end = off + len;
        int i = off;
        char c = b[i];
        if (c == '-' || c == '+') i++;
        int intStart = i;
        long acc = 0;
        while (i < end && (c = b[i]) >= '0' && c <= '9') {
            acc = acc * 10 + (c - '0');
            i++;
        }
        int intDigits = i - intStart;
        // "007" is a code, not seven: it keeps its zeros as text.
        if (intDigits > 1 && b[intStart] == '0') return Double.NaN;
        if (i == end) {
            if (intDigits == 0) return Double.NaN;
            if (intDigits <= 15) return b[off] == '-' ? -(double) acc : (double) acc;
            return safeParse(b, off, len);
        }
        char sep = decimalComma ? ',' : '.';
        int fracDigits = 0;
        if (b[i] == sep) {
            i++;
            int fracStart = i;
            long mantissa = acc;
            while (i < end && (c = b[i]) >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                i++;
            }
            fracDigits = i - fracStart;
            // Clinger's fast path: an exact mantissa below 2^53 divided by an exact power of ten is correctly rounded.
            if (i == end && intDigits + fracDigits <= 15 && intDigits + fracDigits > 0) {
                double v = (double) mantissa / POW10[fracDigits];
                return b[off] == '-' ? -v : v;
            }
        }
        if (intDigits + fracDigits > 0 && i < end && (b[i] == 'e' || b[i] == 'E')) {
            int j = i + 1;
            if (j < end && (b[j] == '-' || b[j] == '+')) j++;
            int expStart = j;
            while (j < end && (c = b[j]) >= '0' && c <= '9') j++;
            if (j > expStart) i = j;
        }
        if (i == end && intDigits + fracDigits > 0) {
            if (!decimalComma) return safeParse(b, off, len);
            System.arraycopy(b, off, scratch, 0, len);
            for (int k = 0; k < len; k++) if (scratch[k] == ',') scratch[k] = '.';
            return safeParse(scratch, 0, len);
        }
        return slow(b, off, len);
    }

    /** Currency, grouping, percent and accounting negatives. */
    private double slow(char[] b, int off, int len) {
        char first = b[off];
        if (Character.isLetter(first) && !isCurrency(first)) return Double.NaN; // words are the common case here
        int s = off;
        int e = off + len;
        boolean negative = false;
        boolean percent = false;
        boolean currency = false;
        if (b[s] == '(' && b[e - 1] == ')') {
            negative = true;
            s++;
            e--;
        }
        // Peel signs, currency symbols, percent and spaces from both ends, in any order.
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            char c = b[s];
            if (c == '-' && !negative) { negative = true; s++; changed = true; }
            else if (c == '+') { s++; changed = true; }
            else if (isCurrency(c)) { currency = true; s++; changed = true; }
            else if (isSpace(c)) { s++; changed = true; }
            if (s >= e) break;
            char d = b[e - 1];
            if (d == '%' && !percent) { percent = true; e--; changed = true; }
            else if (isCurrency(d)) { currency = true; e--; changed = true; }
            else if (isSpace(d)) { e--; changed = true; }
        }
        if (s >= e) return Double.NaN;
        char decimal = decimalComma ? ',' : '.';
        int n = 0;
        char[] out = scratch;
        if (negative) out[n++] = '-';
        int groupLen = -1; // digits since the last group separator; -1 before any separator
        int firstGroup = 0;
        boolean sawDecimal = false;
        boolean sawGroup = false;
        boolean anyDigit = false;
        int dotCount = 0;
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                out[n++] = c;
                anyDigit = true;
                if (!sawDecimal) {
                    if (groupLen >= 0) groupLen++; else firstGroup++;
                }
            } else if (c == decimal && !sawDecimal) {
                if (sawGroup && groupLen != 3) return Double.NaN;
                sawDecimal = true;
                out[n++] = '.';
            } else if (!sawDecimal && isGroupSeparator(c)) {
                if (c == '.') dotCount++;
                if (groupLen < 0) {
                    if (firstGroup < 1 || firstGroup > 3) return dotAsDecimal(b, s, e, negative, dotCount);
                } else if (groupLen != 3) {
                    return dotAsDecimal(b, s, e, negative, dotCount);
                }
                sawGroup = true;
                groupLen = 0;
            } else {
                return Double.NaN;
            }
        }
        if (!anyDigit) return Double.NaN;
        if (sawGroup && !sawDecimal && groupLen != 3) return dotAsDecimal(b, s, e, negative, dotCount);
        if (!currency && !percent && !sawGroup && !negative) return Double.NaN; // nothing we understand
        double v = safeParse(out, 0, n);
        lastPercent = percent;
        return v;
    }

    /** With a decimal comma, a lone "1.5" is still most plausibly one and a half. */
    private double dotAsDecimal(char[] b, int s, int e, boolean negative, int dotCount) {
        if (!decimalComma || dotCount != 1) return Double.NaN;
        int n = 0;
        if (negative) scratch[n++] = '-';
        for (int i = s; i < e; i++) {
            char c = b[i];
            if ((c >= '0' && c <= '9') || c == '.') scratch[n++] = c; else return Double.NaN;
        }
        try {
            return safeParse(scratch, 0, n);
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    private static double safeParse(char[] b, int off, int len) {
        try {
            return JavaDoubleParser.parseDouble(b, off, len);
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    private boolean isGroupSeparator(char c) {
        return decimalComma ? (c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'') : (c == ',' || c == '\'');
    }

    private static boolean isCurrency(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '¢';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
    }
}
