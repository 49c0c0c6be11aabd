package dev.archetype.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them: thousands separators and only as many decimals as the magnitude needs.
 * Uses English symbols throughout so screenshots, tests and exports agree.
 */
public final class Formats {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
    private static final ThreadLocal<DecimalFormat> COUNT = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", SYMBOLS));
    private static final ThreadLocal<DecimalFormat[]> DECIMALS = ThreadLocal.withInitial(() -> new DecimalFormat[] {
            new DecimalFormat("#,##0", SYMBOLS),
            new DecimalFormat("#,##0.#", SYMBOLS),
            new DecimalFormat("#,##0.##", SYMBOLS),
            new DecimalFormat("#,##0.###", SYMBOLS),
            new DecimalFormat("#,##0.####", SYMBOLS)});
    private static final ThreadLocal<DecimalFormat> SCIENTIFIC = ThreadLocal.withInitial(() -> new DecimalFormat("0.###E0", SYMBOLS));

    private Formats() { }

    /** 1234567 → "1,234,567". */
    public static String count(long n) {
        return COUNT.get().format(n);
    }

    /** "1 row", "2 rows". */
    public static String count(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /**
     * A measurement with sensible decimals: whole numbers stay whole, large values get at most one
     * decimal, small values up to four; very small or huge magnitudes switch to scientific notation.
     * NaN (missing) is "".
     */
    public static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) return DECIMALS.get()[0].format(v);
        if (a >= 1e15 || a < 1e-4) return SCIENTIFIC.get().format(v);
        int decimals = a >= 1000 ? 1 : a >= 100 ? 2 : a >= 1 ? 3 : 4;
        return DECIMALS.get()[decimals].format(v);
    }

    /** A share 0..1 as a percentage, as everywhere else (core's NumberText): "41%", "4.5%". */
    public static String percent(double share) {
        if (Double.isNaN(share)) return "";
        return dev.archetype.core.profile.NumberText.percent(share);
    }
}
