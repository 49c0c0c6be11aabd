package dev.archetype.core.transactions;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.NumericColumn;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which numeric columns of a transactions table are identifiers (Row ID, Order ID, Invoice No): numbers that
 * name a row, so summing them is meaningless and they are never offered as amounts.
 */
public final class Identifiers {
    /**
     * A name ending in an identifier word ("Order ID", "CustomerID", "Invoice No", "Row #"); "Number of items" and
     * "Amount Paid" are amounts, not identifiers.
     */
    private static final Pattern NAME = Pattern.compile(
            "((?i:\\bid|#|\\bno\\.?|\\bnumber|\\bnum|\\bnr\\.?|\\bkey|\\bcode)|[a-z](ID|Id|No|Nr|Num|Number|Code|Key))\\s*$|(?i:\\bzip\\b|postcode|postal)");
    private static final int MIN_ROWS_FOR_SEQUENCE = 20;

    private Identifiers() { }

    /** Why {@code c} is an identifier ("its name says so", "it numbers the rows 1..n"), or empty when it is not. */
    public static Optional<String> reason(Column c) {
        if (c.type() == ColumnType.IDENTIFIER) return Optional.of("it was read as an identifier");
        if (!(c instanceof NumericColumn n) || c.type() == ColumnType.BOOLEAN) return Optional.empty();
        boolean whole = true;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        int present = 0;
        for (int r = 0; r < n.size(); r++) {
            double v = n.get(r);
            if (Double.isNaN(v)) continue;
            present++;
            if (v != Math.rint(v)) whole = false;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!whole || present == 0) return Optional.empty();
        if (NAME.matcher(c.name()).find()) return Optional.of("its name marks an identifier and it holds whole numbers");
        int distinct = n.distinctCount();
        if (present >= MIN_ROWS_FOR_SEQUENCE && distinct == present && max - min + 1 == distinct) {
            return Optional.of("it numbers the rows " + (long) min + ".." + (long) max);
        }
        return Optional.empty();
    }

    public static boolean is(Column c) {
        return reason(c).isPresent();
    }
}
