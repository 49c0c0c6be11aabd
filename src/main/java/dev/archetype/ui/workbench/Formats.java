package dev.archetype.ui.workbench;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting for the workbench screens: thousands separators, a sensible number of decimals for
 * the magnitude, shares as percentages, p-values the way analysts read them. Locale-fixed (English) so
 * screenshots and tests read the same everywhere. Not thread-safe instances are never shared: every call
 * creates its own formatter.
 */
public final class Formats {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Formats() { }

    /** A count with thousands separators: 1,234,567. */
    public static String count(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    /**
     * A measured value with decimals chosen by magnitude: 12,669 · 512.3 · 4.12 · 0.0312; "–" when NaN.
     * Integers stay integers.
     */
    public static String value(double v) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        String pattern;
        if (a >= 1000 || v == Math.rint(v)) pattern = "#,##0";
        else if (a >= 100) pattern = "#,##0.0";
        else if (a >= 1) pattern = "#,##0.00";
        else if (a >= 0.01) pattern = "0.000";
        else pattern = "0.00E0";
        String s = new DecimalFormat(pattern, SYMBOLS).format(v);
        return s.equals("-0") ? "0" : s;
    }

    /**
     * A value with the decimals {@code reference}'s magnitude calls for, so a row of numbers on one scale
     * reads alike (853.6 next to 3,851 becomes 854).
     */
    public static String value(double v, double reference) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Double.isNaN(reference)) return value(v);
        double a = Math.abs(reference);
        String pattern = a >= 1000 ? "#,##0" : a >= 100 ? "#,##0.0" : a >= 1 ? "#,##0.00" : a >= 0.01 ? "0.000" : "0.00E0";
        String s = new DecimalFormat(pattern, SYMBOLS).format(v);
        return s.equals("-0") ? "0" : s;
    }

    /** A quality metric shown to 3 decimals (silhouette, Davies–Bouldin, stability). */
    public static String metric(double v) {
        if (Double.isNaN(v)) return "–";
        return new DecimalFormat("0.000", SYMBOLS).format(v);
    }

    /** A share 0..1 as a percentage, as everywhere else (core's NumberText): 0.4136 → "41%", 0.045 → "4.5%". */
    public static String percent(double share) {
        if (Double.isNaN(share)) return "–";
        return dev.archetype.core.profile.NumberText.percent(share);
    }

    /** A p-value: "< 0.001" below a thousandth, else three decimals. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) return "–";
        if (p < 0.001) return "< 0.001";
        return new DecimalFormat("0.000", SYMBOLS).format(p);
    }

    /** Compact axis numbers: 1.2M, 35k, 950, 0.42. */
    public static String compact(double v) {
        if (Double.isNaN(v)) return "";
        double a = Math.abs(v);
        DecimalFormat f = new DecimalFormat("#,##0.#", SYMBOLS);
        if (a >= 1e9) return f.format(v / 1e9) + "G";
        if (a >= 1e6) return f.format(v / 1e6) + "M";
        if (a >= 1e4) return f.format(v / 1e3) + "k";
        if (a >= 10 || v == Math.rint(v)) return new DecimalFormat("#,##0", SYMBOLS).format(v);
        return new DecimalFormat("0.##", SYMBOLS).format(v);
    }
}
