package dev.archetype.ui.data;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.NumericColumn;

import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * What a data cell says: the value as the file had it, never rounded, or null for a missing cell so the view
 * can mark it apart from an empty text. The table is where people check their data against the file, so
 * every digit the double holds is shown; summaries elsewhere round with {@link dev.archetype.ui.common.Formats}.
 */
final class CellText {
    /** Beyond these magnitudes plain notation would be a long run of zeros; scientific keeps every digit too. */
    private static final double PLAIN_MAX = 1e15;
    private static final double PLAIN_MIN = 1e-6;

    private CellText() { }

    /** The text of each row of {@code column}; null where the cell is missing. */
    static IntFunction<String> of(Column column) {
        if (column instanceof NumericColumn num
                && (column.type() == ColumnType.NUMERIC || column.type() == ColumnType.INTEGER)) {
            // Amounts and counts read better grouped; years and codes do not ("1,957" misreads as a quantity).
            boolean grouping = !(column.type() == ColumnType.INTEGER && (namesACode(column.name()) || yearLike(num)));
            return row -> exact(num.get(row), grouping);
        }
        return row -> column.isMissing(row) ? null : column.format(row);
    }

    /** Whole numbers that all lie in 1000..2999 are years (a count column would also hold smaller values). */
    static boolean yearLike(NumericColumn column) {
        boolean any = false;
        for (int i = 0; i < column.size(); i++) {
            double v = column.get(i);
            if (Double.isNaN(v)) continue;
            if (v < 1000 || v > 2999) return false;
            any = true;
        }
        return any;
    }

    /** A header naming a year or a code ("Year", "Customer ID", "ZIP") means digits, not a quantity. */
    static boolean namesACode(String name) {
        return CODE_NAME.matcher(name).find();
    }

    /** Year, id, code, zip, phone as a word (also "customer_id"), or a camel-case "CustomerId"/"CustomerID". */
    private static final java.util.regex.Pattern CODE_NAME = java.util.regex.Pattern.compile(
            "(?i:(?<![a-z])(years?|id|code|zip|postal|postcode|phone)(?![a-z]))|[a-z](Id|ID)(?![a-z])");

    /**
     * {@code v} with all its digits (the shortest decimal that reads back as the same double), optionally with
     * thousands separators; null for NaN.
     */
    static String exact(double v, boolean grouping) {
        if (Double.isNaN(v)) return null;
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        if (a >= PLAIN_MAX || (a < PLAIN_MIN && a != 0)) return Double.toString(v);
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        if (plain.equals("-0")) plain = "0";
        return grouping ? group(plain) : plain;
    }

    private static String group(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        if (end - sign <= 3) return plain;
        StringBuilder sb = new StringBuilder(plain.length() + 6).append(plain, 0, sign);
        for (int i = sign; i < end; i++) {
            if (i > sign && (end - i) % 3 == 0) sb.append(',');
            sb.append(plain.charAt(i));
        }
        return sb.append(plain, end, plain.length()).toString();
    }
}
