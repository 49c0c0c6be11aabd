package dev.archetype.core.transactions;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Key values (customer ids, item ids, join keys) as canonical text, so that the number 2, the text "2",
 * " 2 " and "2.0" are the same key whether a column was read as numbers or as text.
 */
final class Keys {
    private Keys() {
    }

    /** The canonical key of one cell, or null when the cell is missing or blank. */
    static String of(Column column, int row) {
        if (column instanceof NumericColumn n) return n.isMissing(row) ? null : ofNumber(n.get(row));
        if (column instanceof CategoricalColumn c) return normalize(c.level(row));
        if (column instanceof TextColumn t) return normalize(t.get(row));
        return column.isMissing(row) ? null : normalize(column.format(row));
    }

    /** Trims, and writes numeric text in its shortest form ("2.0" → "2", "007" stays "007"). */
    static String normalize(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        if (looksDecimal(s) && !(s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.')) {
            try {
                return ofDecimal(new BigDecimal(s));
            } catch (NumberFormatException ignored) {
                return s;
            }
        }
        return s;
    }

    static String ofNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return ofDecimal(BigDecimal.valueOf(v));
    }

    private static String ofDecimal(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.signum() == 0) return "0";
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }

    private static boolean looksDecimal(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) return false;
        boolean digit = false;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') digit = true;
            else if (ch == '.' && !dot) dot = true;
            else return false;
        }
        return digit;
    }

    /** Whether every key is a plain number, so they sort numerically. */
    static boolean allNumeric(Iterable<String> keys) {
        for (String k : keys) if (!looksDecimal(k)) return false;
        return true;
    }

    /**
     * Natural order: digit runs compare as numbers, so "Offer 2" comes before "Offer 10"; plain numbers
     * (also negative and decimal ones) compare by value.
     */
    static final Comparator<String> NATURAL = Keys::compareNatural;

    private static int compareNatural(String a, String b) {
        if (looksDecimal(a) && looksDecimal(b)) {
            int c = new BigDecimal(a).compareTo(new BigDecimal(b));
            return c != 0 ? c : a.compareTo(b);
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = new BigDecimal(a.substring(si, i)).compareTo(new BigDecimal(b.substring(sj, j)));
                if (c != 0) return c;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) return c;
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
