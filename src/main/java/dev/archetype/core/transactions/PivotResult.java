package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;

import java.util.List;

/**
 * A customer × item matrix made from transactions.
 *
 * @param wide          one row per customer: column 0 is the customer key, then one numeric column per item
 * @param customerColumn name of the customer key column (column 0 of {@code wide})
 * @param itemColumn    name of the item column in the long table ("Offer #")
 * @param items         item keys in column order: item {@code i} is column {@code i + 1} of {@code wide}
 * @param report        duplicates and skipped rows
 */
public record PivotResult(Dataset wide, String customerColumn, String itemColumn, List<String> items,
                          PivotReport report) {
    public PivotResult {
        items = List.copyOf(items);
        if (wide.columnCount() != items.size() + 1) {
            throw new IllegalArgumentException(wide.columnCount() + " columns for " + items.size() + " items");
        }
    }

    public int customerCount() {
        return wide.rowCount();
    }

    public int itemCount() {
        return items.size();
    }

    /** The customer key of matrix row {@code row}. */
    public String customer(int row) {
        return wide.column(0).format(row);
    }

    /** The matrix column of item {@code item}. */
    public NumericColumn itemColumn(int item) {
        return (NumericColumn) wide.column(item + 1);
    }

    /** The item feature names in column order ("Offer 1", ...), as the clustering features. */
    public List<String> featureNames() {
        return wide.columnNames().subList(1, wide.columnCount());
    }
}
