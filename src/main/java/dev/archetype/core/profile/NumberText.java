package dev.archetype.core.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them: thousands separators, decimals that fit the magnitude, and never two
 * different values printed the same ("6.2 vs 6.4", not "6 vs 6"). English symbols, as the phrasing is English.
 * Thread safety: stateless, safe to share.
 */
public final class NumberText {
    private static final int MAX_DECIMALS = 6;

    private NumberText() { }

    /** One value with decimals chosen by its magnitude: 36,156 · 58.4 · 6.25 · 0.0312. */
    public static String format(double v) {
        return format(v, isWhole(v) ? 0 : decimalsFor(Math.abs(v)));
    }

    /**
     * Two values to be read side by side, with the same number of decimals, adding decimals until they
     * differ when they are different numbers.
     */
    public static String[] pair(double a, double b) {
        int d = isWhole(a) && isWhole(b) ? 0 : decimalsFor(Math.max(Math.abs(a), Math.abs(b)));
        String x = format(a, d);
        String y = format(b, d);
        while (x.equals(y) && a != b && d < MAX_DECIMALS) {
            d++;
            x = format(a, d);
            y = format(b, d);
        }
        return new String[] {x, y};
    }

    /** A share 0..1 as a percentage: 92% · 4.5% · 0.3%. */
    public static String percent(double share) {
        double p = share * 100;
        int d = Math.abs(p) >= 10 || p == 0 ? 0 : 1;
        return format(p, d) + "%";
    }

    /** Two shares side by side, adding decimals until different values read differently. */
    public static String[] percentPair(double a, double b) {
        double pa = a * 100;
        double pb = b * 100;
        int d = Math.max(Math.abs(pa), Math.abs(pb)) >= 10 ? 0 : 1;
        String x = format(pa, d);
        String y = format(pb, d);
        while (x.equals(y) && a != b && d < MAX_DECIMALS) {
            d++;
            x = format(pa, d);
            y = format(pb, d);
        }
        return new String[] {x + "%", y + "%"};
    }

    /** A ratio such as "4.1×"; whole numbers from 10 up ("12×"). */
    public static String ratio(double r) {
        return format(r, r >= 10 ? 0 : 1) + "×";
    }

    /** A p-value: "< 0.001" below a thousandth, else three decimals. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) return "—";
        if (p < 0.001) return "< 0.001";
        return format(p, 3);
    }

    /** The value with exactly up to {@code decimals} decimals (trailing zeros kept for alignment). */
    public static String format(double v, int decimals) {
        if (Double.isNaN(v)) return "—";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(BigDecimal.valueOf(v));
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15;
    }

    /** Decimals that keep about three significant digits without showing noise on large numbers. */
    static int decimalsFor(double magnitude) {
        if (magnitude >= 100 || magnitude == 0) return 0;
        if (magnitude >= 10) return 1;
        if (magnitude >= 1) return 2;
        int d = 2 - (int) Math.floor(Math.log10(magnitude));
        return Math.min(d, MAX_DECIMALS);
    }
}
